package review

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"tillsyn/sampling"
)

// FrameFilter defines the sampling frame within an audit's case list (e.g. the 2015 scope:
// voluntary öppenvård and institutionsvård, decided within a period, adults). Empty fields
// filter nothing.
type FrameFilter struct {
	Interventions []string `json:"interventions,omitempty"` // normalised intervention types
	LegalBases    []string `json:"legal_bases,omitempty"`   // normalised legal bases
	DecidedFrom   string   `json:"decided_from,omitempty"`  // YYYY-MM-DD, inclusive
	DecidedTo     string   `json:"decided_to,omitempty"`    // YYYY-MM-DD, inclusive
	MinAge        int      `json:"min_age,omitempty"`       // age at decision (the age column, else decision year − birth year)
}

// Describe writes the filter in words for the protocol.
func (f FrameFilter) Describe() string {
	var parts []string
	if len(f.Interventions) > 0 {
		parts = append(parts, "intervention in {"+strings.Join(f.Interventions, ", ")+"}")
	}
	if len(f.LegalBases) > 0 {
		parts = append(parts, "legal basis in {"+strings.Join(f.LegalBases, ", ")+"}")
	}
	if f.DecidedFrom != "" {
		parts = append(parts, "decided on or after "+f.DecidedFrom)
	}
	if f.DecidedTo != "" {
		parts = append(parts, "decided on or before "+f.DecidedTo)
	}
	if f.MinAge > 0 {
		parts = append(parts, fmt.Sprintf("aged %d or more at the decision", f.MinAge))
	}
	if len(parts) == 0 {
		return "all cases of the audit's case list"
	}
	return strings.Join(parts, "; ")
}

// FrameUnit is one case of a sampling frame.
type FrameUnit struct {
	CaseID       int64
	Committee    string
	Diarienummer string
	Intervention string
	Person       string
}

// Sample statuses.
const (
	StatusSelected = "selected"
	StatusReserve  = "reserve"
	StatusReplaced = "replaced"
)

// SampleItem is a case drawn into the sample, as selected or as reserve.
type SampleItem struct {
	ID            int64
	CaseID        int64
	Committee     string
	Diarienummer  string
	Intervention  string
	Stratum       string // committee, or committee / intervention
	Key           string // the SHA-256 rank key
	StratumRank   int
	ReserveOrder  int    // 0 when drawn as selected
	Status        string // selected, reserve or replaced
	ReplacedBy    int64  // the item that took this one's place
	ReplacedByDnr string
	Reason        string
	ChangedBy     string
	ChangedAt     time.Time
	Version       int
}

// Sample is an audit's draw.
type Sample struct {
	ID          int64
	AuditID     int64
	Seed        string
	Method      string
	FrameSHA256 string
	FrameSize   int
	ToolVersion string
	DrawnBy     string
	DrawnAt     time.Time
	Params      sampling.Params
	Filters     FrameFilter
	Strata      []sampling.Stratum
	Warnings    []string
	Items       []SampleItem
	Superseded  time.Time // zero for the active draw
}

// DrawRequest asks for a sample.
type DrawRequest struct {
	Params      sampling.Params
	Filters     FrameFilter
	Redraw      bool   // replace an unscored sample (the old draw stays in the log)
	By          string // who draws
	ToolVersion string
}

func (s *Service) normalizeFilter(f FrameFilter) (FrameFilter, error) {
	out := FrameFilter{MinAge: f.MinAge}
	for _, iv := range f.Interventions {
		if iv = strings.TrimSpace(iv); iv != "" {
			out.Interventions = append(out.Interventions, NormalizeIntervention(iv))
		}
	}
	for _, lb := range f.LegalBases {
		if lb = strings.TrimSpace(lb); lb != "" {
			out.LegalBases = append(out.LegalBases, NormalizeLegalBasis(lb))
		}
	}
	sort.Strings(out.Interventions)
	sort.Strings(out.LegalBases)
	for _, d := range []struct {
		in  string
		out *string
		f   string
	}{{f.DecidedFrom, &out.DecidedFrom, "decided-from"}, {f.DecidedTo, &out.DecidedTo, "decided-to"}} {
		if strings.TrimSpace(d.in) == "" {
			continue
		}
		t, err := ParseDate(d.in)
		if err != nil {
			return out, &Error{Code: EInvalid, Field: d.f, Message: err.Error()}
		}
		*d.out = t.Format("2006-01-02")
	}
	if out.DecidedFrom != "" && out.DecidedTo != "" && out.DecidedFrom > out.DecidedTo {
		return out, &Error{Code: EInvalid, Field: "decided-to", Message: "the period ends before it starts"}
	}
	if out.MinAge < 0 || out.MinAge > 130 {
		return out, &Error{Code: EInvalid, Field: "min-age", Message: "min-age must be between 0 and 130"}
	}
	return out, nil
}

// loadFrame reads the sampling frame of an audit under a filter.
func (s *Service) loadFrame(ctx context.Context, auditID int64, f FrameFilter, persons bool) ([]sampling.Unit, []int64, error) {
	frame, err := s.store.Frame(ctx, auditID, f, persons)
	if err != nil {
		return nil, nil, err
	}
	units := make([]sampling.Unit, len(frame))
	ids := make([]int64, len(frame))
	for i, u := range frame {
		units[i] = sampling.Unit{Committee: u.Committee, Diarienummer: u.Diarienummer, Intervention: u.Intervention, Person: u.Person}
		ids[i] = u.CaseID
	}
	return units, ids, nil
}

// DrawSample draws the audit's sample from its frame. An audit has one sample: drawing again
// is refused unless Redraw is set, and always once any file of the sample has been scored.
func (s *Service) DrawSample(ctx context.Context, auditName string, req DrawRequest) (Sample, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return Sample{}, err
	}
	if a.Purged() {
		return Sample{}, errPurged(a)
	}
	filters, err := s.normalizeFilter(req.Filters)
	if err != nil {
		return Sample{}, err
	}
	if strings.TrimSpace(req.Params.Seed) == "" {
		return Sample{}, &Error{Code: EInvalid, Field: "seed", Message: "a seed is required (publish it with the sample)"}
	}
	units, ids, err := s.loadFrame(ctx, a.ID, filters, req.Params.OneCasePerPerson)
	if err != nil {
		return Sample{}, err
	}
	if len(units) == 0 {
		return Sample{}, &Error{Code: EInvalid, Message: "the sampling frame is empty: no case of the audit matches the filters (" + filters.Describe() + ")"}
	}
	res, err := sampling.Draw(units, req.Params)
	if err != nil {
		return Sample{}, &Error{Code: EInvalid, Message: err.Error()}
	}
	sm := Sample{AuditID: a.ID, Seed: req.Params.Seed, Method: res.Method, FrameSHA256: res.FrameSHA256, FrameSize: res.FrameSize,
		ToolVersion: req.ToolVersion, DrawnBy: req.By, DrawnAt: s.now().UTC(), Params: req.Params, Filters: filters, Strata: res.Strata, Warnings: res.Warnings}
	sm.Items = itemsFromDraw(res, units, ids, req.Params.ByIntervention)
	return s.store.SaveSample(ctx, sm, req.Redraw)
}

func stratumName(committee, intervention string, byIntervention bool) string {
	if byIntervention {
		return committee + " / " + intervention
	}
	return committee
}

// itemsFromDraw maps drawn units back to their cases.
func itemsFromDraw(res sampling.Result, units []sampling.Unit, ids []int64, byIntervention bool) []SampleItem {
	want := make(map[[2]string]int, len(res.Items))
	for i, it := range res.Items {
		want[[2]string{it.Committee, it.Diarienummer}] = i
	}
	items := make([]SampleItem, len(res.Items))
	for i, u := range units {
		if j, ok := want[[2]string{u.Committee, u.Diarienummer}]; ok {
			items[j].CaseID = ids[i]
		}
	}
	for i, it := range res.Items {
		status := StatusSelected
		if it.Reserve {
			status = StatusReserve
		}
		items[i] = SampleItem{CaseID: items[i].CaseID, Committee: it.Committee, Diarienummer: it.Diarienummer, Intervention: it.Intervention,
			Stratum: stratumName(it.Committee, it.Intervention, byIntervention), Key: it.Key, StratumRank: it.StratumRank,
			ReserveOrder: it.ReserveOrder, Status: status, Version: 1}
	}
	return items
}

// ActiveSample returns the audit's current sample with its items; ENotFound when none.
func (s *Service) ActiveSample(ctx context.Context, auditName string) (Audit, Sample, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return Audit{}, Sample{}, err
	}
	sm, err := s.store.ActiveSample(ctx, a.ID)
	return a, sm, err
}

// ReplaceCase replaces a selected case with the next unused reserve of its stratum. The
// reason is required; nothing is deleted: the replaced case keeps its row with the reason.
func (s *Service) ReplaceCase(ctx context.Context, auditName, diarienummer, committee, reason, by string) (old, repl SampleItem, err error) {
	if strings.TrimSpace(reason) == "" {
		return old, repl, &Error{Code: EInvalid, Field: "reason", Message: "a reason is required for every replacement"}
	}
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return old, repl, err
	}
	if a.Purged() {
		return old, repl, errPurged(a)
	}
	if committee != "" {
		if committee, err = s.committeeFilter(committee); err != nil {
			return old, repl, err
		}
	}
	key := DiarienummerKey(diarienummer)
	var matches []SampleItem
	for _, it := range sm.Items {
		if DiarienummerKey(it.Diarienummer) == key && (committee == "" || it.Committee == committee) {
			matches = append(matches, it)
		}
	}
	switch {
	case len(matches) == 0:
		return old, repl, &Error{Code: ENotFound, Field: "case", Message: fmt.Sprintf("case %s is not in the sample", diarienummer)}
	case len(matches) > 1:
		var cs []string
		for _, m := range matches {
			cs = append(cs, m.Committee)
		}
		return old, repl, &Error{Code: EInvalid, Field: "committee", Message: fmt.Sprintf("case %s is in the sample of several committees (%s): name one with --committee", diarienummer, strings.Join(cs, ", "))}
	}
	target := matches[0]
	if target.Status != StatusSelected {
		return old, repl, &Error{Code: EConflict, Field: "case", Message: fmt.Sprintf("case %s of %s is %s, not selected: only a selected case can be replaced", target.Diarienummer, target.Committee, target.Status)}
	}
	return s.store.ReplaceSampleItem(ctx, sm.ID, target, strings.TrimSpace(reason), by, s.now().UTC())
}

// SampleLog returns the superseded draws of an audit, oldest first (without items).
func (s *Service) SampleLog(ctx context.Context, auditName string) ([]Sample, error) {
	a, err := s.AuditByName(ctx, auditName)
	if err != nil {
		return nil, err
	}
	return s.store.SupersededSamples(ctx, a.ID)
}

// VerifySample recomputes the draw from the stored frame, seed and parameters and compares it
// with the stored sample. It returns the differences; none means the sample is verified.
func (s *Service) VerifySample(ctx context.Context, auditName string) ([]string, error) {
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return nil, err
	}
	units, _, err := s.loadFrame(ctx, a.ID, sm.Filters, sm.Params.OneCasePerPerson)
	if err != nil {
		return nil, err
	}
	var diffs []string
	if len(units) == 0 {
		return []string{"the frame is empty now"}, nil
	}
	res, err := sampling.Draw(units, sm.Params)
	if err != nil {
		return []string{"the draw cannot be recomputed: " + err.Error()}, nil
	}
	if res.Method != sm.Method {
		diffs = append(diffs, fmt.Sprintf("method %s was used; this version implements %s", sm.Method, res.Method))
	}
	if res.FrameSHA256 != sm.FrameSHA256 || res.FrameSize != sm.FrameSize {
		diffs = append(diffs, fmt.Sprintf("the frame differs: %d cases with SHA-256 %s recorded, %d cases with %s now", sm.FrameSize, sm.FrameSHA256, res.FrameSize, res.FrameSHA256))
	}
	if len(res.Strata) != len(sm.Strata) {
		diffs = append(diffs, fmt.Sprintf("%d strata recorded, %d recomputed", len(sm.Strata), len(res.Strata)))
	} else {
		for i, st := range res.Strata {
			r := sm.Strata[i]
			if st.Committee != r.Committee || st.Intervention != r.Intervention || st.Population != r.Population || st.SampleSize != r.SampleSize || st.Reserves != r.Reserves {
				diffs = append(diffs, fmt.Sprintf("stratum %s: recorded N=%d n=%d, recomputed N=%d n=%d", stratumName(r.Committee, r.Intervention, r.Intervention != ""), r.Population, r.SampleSize, st.Population, st.SampleSize))
			}
		}
	}
	type drawn struct {
		rank, reserve int
		key           string
	}
	stored := map[[2]string]drawn{}
	for _, it := range sm.Items {
		stored[[2]string{it.Committee, it.Diarienummer}] = drawn{it.StratumRank, it.ReserveOrder, it.Key}
	}
	for _, it := range res.Items {
		k := [2]string{it.Committee, it.Diarienummer}
		d, ok := stored[k]
		switch {
		case !ok:
			diffs = append(diffs, fmt.Sprintf("%s %s is drawn now but not in the stored sample", it.Committee, it.Diarienummer))
		case d.rank != it.StratumRank || d.reserve != it.ReserveOrder || d.key != it.Key:
			diffs = append(diffs, fmt.Sprintf("%s %s: stored rank %d/reserve %d, recomputed rank %d/reserve %d", it.Committee, it.Diarienummer, d.rank, d.reserve, it.StratumRank, it.ReserveOrder))
		}
		delete(stored, k)
	}
	for k := range stored {
		diffs = append(diffs, fmt.Sprintf("%s %s is in the stored sample but not drawn now", k[0], k[1]))
	}
	sort.Strings(diffs)
	return diffs, nil
}

// SampleFrame returns the frame the active sample was drawn from (the audit's cases under the
// sample's filters), sorted by committee and diarienummer as the frame fingerprint is.
func (s *Service) SampleFrame(ctx context.Context, auditName string) ([]FrameUnit, error) {
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return nil, err
	}
	out, err := s.store.Frame(ctx, a.ID, sm.Filters, false)
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Committee != out[j].Committee {
			return out[i].Committee < out[j].Committee
		}
		return out[i].Diarienummer < out[j].Diarienummer
	})
	return out, nil
}

// SampleJudged reports whether any case of the audit's active sample has a judgement, saved
// or submitted: from then on the sample is frozen and cannot be drawn again (the store
// refuses a redraw), so the set-up page stops offering one.
func (s *Service) SampleJudged(ctx context.Context, auditName string) (bool, error) {
	a, err := s.store.AuditByName(ctx, auditName)
	if err != nil {
		return false, err
	}
	items, err := s.store.AuditScores(ctx, a.ID)
	if err != nil {
		return false, err
	}
	for _, it := range items {
		if len(it.Scores) > 0 {
			return true, nil
		}
	}
	return false, nil
}
