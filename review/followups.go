package review

import (
	"context"
	"slices"
	"time"
)

// FollowUpReport is the follow-up monitor of a self-audit (the Karlshamn audit asked for it:
// no system showed when a follow-up was due, and cases were closed without one), read from
// the optional columns of the case list: the planned follow-up date, the date a follow-up
// was done and the closing reason.
type FollowUpReport struct {
	Audit      string               `json:"audit"`
	AsOf       string               `json:"as_of"` // YYYY-MM-DD
	Committees []CommitteeFollowUps `json:"committees"`
}

// CommitteeFollowUps is one committee of the frame.
type CommitteeFollowUps struct {
	Committee string `json:"committee"`
	// Overdue: open cases (no end date) with a planned follow-up date before the as-of date
	// and no follow-up done date, by diarienummer in natural order.
	Overdue []string `json:"overdue"`
	// ClosedWithoutFollowUp: cases with an end date and no follow-up done date.
	ClosedWithoutFollowUp []string `json:"closed_without_follow_up"`
	// ClosingReasons counts the cases per closing reason (as written in the list, white
	// space collapsed); cases without one are not counted.
	ClosingReasons map[string]int `json:"closing_reasons"`
	// Cases is the number of cases of the committee in the frame, WithPlan those with a
	// planned follow-up date, FollowedUp those with a follow-up done date (not in the JSON
	// of the issue; shown on the page).
	Cases      int `json:"-"`
	WithPlan   int `json:"-"`
	FollowedUp int `json:"-"`
}

// FollowUpsOf applies the monitor's rules to a frame (cases of one audit) as of a date:
// a case is overdue when its planned follow-up date is before asOf, it has no follow-up
// done date and it is not closed (has no end date); closed without follow-up when it has an
// end date and no follow-up done date. Every committee of the frame is listed, in Swedish
// order, with empty lists where nothing applies.
func FollowUpsOf(auditName string, cases []Case, asOf time.Time) FollowUpReport {
	day := time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, time.UTC)
	by := map[string]*CommitteeFollowUps{}
	for _, c := range cases {
		cf := by[c.Committee]
		if cf == nil {
			cf = &CommitteeFollowUps{Committee: c.Committee, Overdue: []string{}, ClosedWithoutFollowUp: []string{}, ClosingReasons: map[string]int{}}
			by[c.Committee] = cf
		}
		cf.Cases++
		if !c.PlannedFollowUp.IsZero() {
			cf.WithPlan++
		}
		done := !c.FollowUpDone.IsZero()
		if done {
			cf.FollowedUp++
		}
		closed := !c.EndDate.IsZero()
		planned := time.Date(c.PlannedFollowUp.Year(), c.PlannedFollowUp.Month(), c.PlannedFollowUp.Day(), 0, 0, 0, 0, time.UTC)
		if !c.PlannedFollowUp.IsZero() && planned.Before(day) && !done && !closed {
			cf.Overdue = append(cf.Overdue, c.Diarienummer)
		}
		if closed && !done {
			cf.ClosedWithoutFollowUp = append(cf.ClosedWithoutFollowUp, c.Diarienummer)
		}
		if c.ClosingReason != "" {
			cf.ClosingReasons[c.ClosingReason]++
		}
	}
	r := FollowUpReport{Audit: auditName, AsOf: day.Format("2006-01-02"), Committees: []CommitteeFollowUps{}}
	names := make([]string, 0, len(by))
	for n := range by {
		names = append(names, n)
	}
	slices.SortFunc(names, rollupCompareSwedish)
	for _, n := range names {
		cf := by[n]
		slices.SortFunc(cf.Overdue, rollupCompareNatural)
		slices.SortFunc(cf.ClosedWithoutFollowUp, rollupCompareNatural)
		r.Committees = append(r.Committees, *cf)
	}
	return r
}

// FollowUps is the follow-up monitor of an audit's frame as of a date (see FollowUpsOf);
// committee "" means every committee, otherwise only that one (for a self-auditor).
func (s *Service) FollowUps(ctx context.Context, auditName, committee string, asOf time.Time) (FollowUpReport, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return FollowUpReport{}, err
	}
	committee, err = s.committeeFilter(committee)
	if err != nil {
		return FollowUpReport{}, err
	}
	cases, err := s.store.Cases(ctx, a.ID, committee)
	if err != nil {
		return FollowUpReport{}, err
	}
	return FollowUpsOf(a.Name, cases, asOf), nil
}
