package report

import (
	"bytes"
	"encoding/json"
	"io"
	"math"

	"tillsyn/review"
)

// JSON writes the findings as one indented JSON object:
//
//	{"audit", "rule", "interval": "exact"|"wilson", "complete",
//	 "committees": [{"committee", "sampled", "final", "pending",
//	   "pending_by_state": {"not_started", "awaiting_second", "awaiting_adjudication"},
//	   "status": "final"|"preliminary"|"not_started", "files_reviewed" (= final),
//	   "action_required" (null when not_started), "frame_size", "stratified",
//	   "criteria": {"<criterion>": {"yes", "partly", "no", "not_applicable",
//	     "share_lacking", "ci_low", "ci_high", "method", "population"}},
//	   "assignment_elements": {"a": {"present", "absent"}, ..., "f": ...},
//	   "assignment_elements_unrecorded", "handover": {"yes", "no", "unknown"}}],
//	 "region": {"committees" (sampled), "committees_final", "not_final", "action_required",
//	   "sampled", "final", "criteria": {"<criterion>": {"committees_with_lacking_files"}},
//	   "assignment_elements": ..., "handover": ...},
//	 "agreement": {"<criterion>": {"cases", "observed", "kappa", "kappa_ci": [lo, hi], "ac1",
//	   "ac1_ci": [lo, hi], "alpha", "alpha_ci", "pabak", "pabak_ci"}}}
//
// plus, only when cmp is given, "compare" (see jsonCompare). Counts in "criteria" are over
// final files only. Criteria keys appear in the findings' criteria order; shares are rounded
// to 4 decimals; an unknown share, interval or measure is null, never 0. No diarienummer is
// written.
func JSON(w io.Writer, f review.Findings, cmp *review.Findings, opt Options) error {
	// the JSON has no wording or date: it is the same for tillsyn and egenkontroll; opt
	// brings only the earlier audit's requirements
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(buildJSON(f, cmp, opt))
}

// AgreementJSON writes the "agreement" object of the JSON report alone (`tillsyn agreement
// --json`).
func AgreementJSON(w io.Writer, ag []review.CriterionAgreement) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(agreementObject(ag))
}

func buildJSON(f review.Findings, cmp *review.Findings, opt Options) jsonReport {
	r := jsonReport{Audit: f.Audit, Rule: string(f.Rule), Interval: string(f.Interval), Complete: f.Complete, Committees: []jsonCommittee{}}
	if r.Interval == "" {
		r.Interval = string(review.IntervalExact)
	}
	// IVO's assignment description keeps its own keys ("assignment_elements"); any other
	// checklist goes under "checklists"; "handover" is there when a criterion asks it.
	var assignment *review.CriterionDef
	var others []review.CriterionDef
	for _, d := range checklistCriteria(f) {
		if d.Key == review.AssignmentDescription && assignment == nil {
			assignment = &d
		} else {
			others = append(others, d)
		}
	}
	hasHandover := false
	for _, c := range f.Criteria {
		hasHandover = hasHandover || def(f, c).Handover
	}
	for _, cf := range f.Committees {
		jc := jsonCommittee{Committee: cf.Committee, Sampled: cf.Sampled, Final: cf.FilesReviewed, Pending: cf.Pending(),
			PendingByState: jsonPending{cf.NotStarted, cf.AwaitingSecond, cf.AwaitingAdjudication},
			Status:         string(cf.Status), FilesReviewed: cf.FilesReviewed, FrameSize: cf.FrameSize, Stratified: cf.Stratified}
		if cf.Status != review.StatusNotStarted {
			a := cf.ActionRequired
			jc.ActionRequired = &a
		}
		for _, c := range f.Criteria {
			cc := cf.Criteria[c]
			jcc := jsonCounts{
				Yes: cc.Yes, Partly: cc.Partly, No: cc.No, NotApplicable: cc.NotApplicable,
				ShareLacking: num4(cc.ShareLacking, cc.Defined), CILow: num4(cc.CILow, cc.Defined), CIHigh: num4(cc.CIHigh, cc.Defined),
				Method: string(cc.Method), Population: cc.Population,
			}
			if d := def(f, c); len(d.Scale) > 0 {
				// a scale of its own: the count per value beside the four categories
				for _, v := range d.Values() {
					jcc.Counts = append(jcc.Counts, keyed[int]{string(v), cc.Counts[v]})
				}
			}
			jc.Criteria = append(jc.Criteria, keyed[jsonCounts]{string(c), jcc})
		}
		if assignment != nil {
			cl := cf.Checklists[assignment.Key]
			jc.Elements = elementsObject(*assignment, cl)
			u := cl.Unrecorded
			jc.ElementsUnrecorded = &u
		}
		for _, d := range others {
			cl := cf.Checklists[d.Key]
			jc.Checklists = append(jc.Checklists, keyed[jsonChecklist]{string(d.Key), jsonChecklist{elementsObject(d, cl), cl.Recorded, cl.Unrecorded}})
		}
		if hasHandover {
			jc.Handover = handoverObject(cf.Handover)
		}
		r.Committees = append(r.Committees, jc)
	}
	r.Region = jsonRegion{Committees: f.Region.Committees, CommitteesFinal: f.Region.CommitteesFinal, NotFinal: f.Region.NotFinal,
		ActionRequired: f.Region.ActionRequired, Sampled: f.Region.Sampled, Final: f.Region.Final}
	if r.Region.NotFinal == nil {
		r.Region.NotFinal = []string{}
	}
	for _, c := range f.Criteria {
		r.Region.Criteria = append(r.Region.Criteria, keyed[jsonRegionCriterion]{string(c), jsonRegionCriterion{f.Region.CommitteesWithLacking[c]}})
	}
	if assignment != nil {
		r.Region.Elements = elementsObject(*assignment, f.Region.Checklists[assignment.Key])
	}
	for _, d := range others {
		cl := f.Region.Checklists[d.Key]
		r.Region.Checklists = append(r.Region.Checklists, keyed[jsonChecklist]{string(d.Key), jsonChecklist{elementsObject(d, cl), cl.Recorded, cl.Unrecorded}})
	}
	if hasHandover {
		r.Region.Handover = handoverObject(f.Region.Handover)
	}
	r.Agreement = agreementObject(f.Agreement)
	if cmp != nil {
		x := Compare(*cmp, f)
		jc := &jsonCompare{Audit: x.EarlierAudit, Year: x.EarlierYear, Rule: string(x.EarlierRule), ChangeRule: ChangeRule,
			Committees: []jsonCompareCommittee{}, OnlyInEarlier: x.OnlyInEarlier}
		for _, c := range x.CriteriaOnlyInEarlier {
			jc.CriteriaOnlyInEarlier = append(jc.CriteriaOnlyInEarlier, string(c))
		}
		if jc.OnlyInEarlier == nil {
			jc.OnlyInEarlier = []string{}
		}
		for _, cc := range x.Committees {
			jcc := jsonCompareCommittee{Committee: cc.Committee, InEarlier: cc.InEarlier}
			for _, k := range cc.Criteria {
				v := jsonChange{After: num4(k.After.ShareLacking, k.After.Defined), ChangeSV: k.Change.SwedishName(),
					Change: jsonChangeDetail{From: num4(k.Diff.From, true), To: num4(k.Diff.To, true), DiffLow: num4(k.Diff.Low, true), DiffHigh: num4(k.Diff.High, true), Verdict: string(k.Change)}}
				if k.InEarlier {
					v.Before = num4(k.Before.ShareLacking, k.Before.Defined)
				}
				jcc.Criteria = append(jcc.Criteria, keyed[jsonChange]{string(k.Criterion), v})
			}
			jc.Committees = append(jc.Committees, jcc)
		}
		if opt.EarlierRequirements != nil {
			jc.Requirements = []jsonRequirement{}
			for _, o := range opt.EarlierRequirements {
				jc.Requirements = append(jc.Requirements, jsonRequirement{o, o.Status.SwedishName()})
			}
		}
		r.Compare = jc
	}
	return r
}

// num4 is x rounded to 4 decimals, or nil (null) when it is not defined or not a number.
func num4(x float64, defined bool) *float64 {
	if !defined || math.IsNaN(x) || math.IsInf(x, 0) {
		return nil
	}
	v := round4(x)
	return &v
}

func elementsObject(d review.CriterionDef, cl review.ChecklistCount) ordered[jsonElement] {
	var o ordered[jsonElement]
	for _, e := range d.ElementKeys() {
		ec := cl.Elements[e]
		o = append(o, keyed[jsonElement]{e, jsonElement{ec.Present, ec.Absent}})
	}
	return o
}

func handoverObject(m map[review.Handover]int) *jsonHandover {
	return &jsonHandover{Yes: m[review.HandoverYes], No: m[review.HandoverNo], Unknown: m[review.HandoverUnknown], NotRecorded: m[""]}
}

func agreementObject(ag []review.CriterionAgreement) ordered[jsonAgreement] {
	o := ordered[jsonAgreement]{}
	for _, a := range ag {
		def := a.Cases > 0
		o = append(o, keyed[jsonAgreement]{string(a.Criterion), jsonAgreement{
			Cases: a.Cases, Observed: num4(a.Observed, def),
			Kappa: num4(a.Kappa, def), KappaCI: [2]*float64{num4(a.KappaLow, def), num4(a.KappaHigh, def)},
			AC1: num4(a.AC1, def), AC1CI: [2]*float64{num4(a.AC1Low, def), num4(a.AC1High, def)},
			Alpha: num4(a.Alpha, def), AlphaCI: [2]*float64{num4(a.AlphaLow, def), num4(a.AlphaHigh, def)},
			PABAK: num4(a.PABAK, def), PABAKCI: [2]*float64{num4(a.PABAKLow, def), num4(a.PABAKHigh, def)},
		}})
	}
	return o
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

type jsonReport struct {
	Audit      string                 `json:"audit"`
	Rule       string                 `json:"rule"`
	Interval   string                 `json:"interval"`
	Complete   bool                   `json:"complete"`
	Committees []jsonCommittee        `json:"committees"`
	Region     jsonRegion             `json:"region"`
	Agreement  ordered[jsonAgreement] `json:"agreement"`
	Compare    *jsonCompare           `json:"compare,omitempty"`
}

type jsonCommittee struct {
	Committee          string                 `json:"committee"`
	Sampled            int                    `json:"sampled"`
	Final              int                    `json:"final"`
	Pending            int                    `json:"pending"`
	PendingByState     jsonPending            `json:"pending_by_state"`
	Status             string                 `json:"status"`
	FilesReviewed      int                    `json:"files_reviewed"`
	ActionRequired     *bool                  `json:"action_required"`
	FrameSize          int                    `json:"frame_size"`
	Stratified         bool                   `json:"stratified"`
	Criteria           ordered[jsonCounts]    `json:"criteria"`
	Elements           ordered[jsonElement]   `json:"assignment_elements,omitempty"`
	ElementsUnrecorded *int                   `json:"assignment_elements_unrecorded,omitempty"`
	Checklists         ordered[jsonChecklist] `json:"checklists,omitempty"`
	Handover           *jsonHandover          `json:"handover,omitempty"`
}

// jsonChecklist is a checklist criterion other than the assignment description: its elements
// over the final files where they were recorded, and the files where they were not.
type jsonChecklist struct {
	Elements   ordered[jsonElement] `json:"elements"`
	Recorded   int                  `json:"recorded"`
	Unrecorded int                  `json:"unrecorded"`
}

type jsonPending struct {
	NotStarted           int `json:"not_started"`
	AwaitingSecond       int `json:"awaiting_second"`
	AwaitingAdjudication int `json:"awaiting_adjudication"`
}

type jsonCounts struct {
	Yes           int      `json:"yes"`
	Partly        int      `json:"partly"`
	No            int      `json:"no"`
	NotApplicable int      `json:"not_applicable"`
	ShareLacking  *float64 `json:"share_lacking"`
	CILow         *float64 `json:"ci_low"`
	CIHigh        *float64 `json:"ci_high"`
	Method        string   `json:"method"`
	Population    int      `json:"population"`
	// Counts per value, only for a criterion with a scale of its own.
	Counts ordered[int] `json:"counts,omitempty"`
}

type jsonElement struct {
	Present int `json:"present"`
	Absent  int `json:"absent"`
}

type jsonHandover struct {
	Yes         int `json:"yes"`
	No          int `json:"no"`
	Unknown     int `json:"unknown"`
	NotRecorded int `json:"not_recorded"`
}

type jsonRegion struct {
	Committees      int                          `json:"committees"`
	CommitteesFinal int                          `json:"committees_final"`
	NotFinal        []string                     `json:"not_final"`
	ActionRequired  int                          `json:"action_required"`
	Sampled         int                          `json:"sampled"`
	Final           int                          `json:"final"`
	Criteria        ordered[jsonRegionCriterion] `json:"criteria"`
	Elements        ordered[jsonElement]         `json:"assignment_elements,omitempty"`
	Checklists      ordered[jsonChecklist]       `json:"checklists,omitempty"`
	Handover        *jsonHandover                `json:"handover,omitempty"`
}

type jsonRegionCriterion struct {
	CommitteesWithLackingFiles int `json:"committees_with_lacking_files"`
}

type jsonAgreement struct {
	Cases    int         `json:"cases"`
	Observed *float64    `json:"observed"`
	Kappa    *float64    `json:"kappa"`
	KappaCI  [2]*float64 `json:"kappa_ci"`
	AC1      *float64    `json:"ac1"`
	AC1CI    [2]*float64 `json:"ac1_ci"`
	Alpha    *float64    `json:"alpha"`
	AlphaCI  [2]*float64 `json:"alpha_ci"`
	PABAK    *float64    `json:"pabak"`
	PABAKCI  [2]*float64 `json:"pabak_ci"`
}

// jsonCompare is the optional "compare" object: the earlier audit and, per committee of this
// audit and criterion, share_lacking before (null when the earlier audit lacks it) and after,
// and the change: {"from", "to", "diff_low", "diff_high", "verdict": improved | worsened |
// no_clear_change | not_comparable} with its Swedish word.
type jsonCompare struct {
	Audit         string                 `json:"audit"`
	Year          int                    `json:"year"`
	Rule          string                 `json:"rule"`
	ChangeRule    string                 `json:"change_rule"`
	Committees    []jsonCompareCommittee `json:"committees"`
	OnlyInEarlier []string               `json:"only_in_earlier"`
	// CriteriaOnlyInEarlier: criteria keys of the earlier audit's template that this audit's
	// does not have (left out when none).
	CriteriaOnlyInEarlier []string `json:"criteria_only_in_earlier,omitempty"`
	// Requirements: the earlier audit's requirements per committee, {"committee", "status",
	// "status_sv", "due_date", "met", "overdue"} (left out when not known).
	Requirements []jsonRequirement `json:"requirements,omitempty"`
}

type jsonRequirement struct {
	review.RequirementOutcome
	StatusSV string `json:"status_sv"`
}

type jsonCompareCommittee struct {
	Committee string              `json:"committee"`
	InEarlier bool                `json:"in_earlier"`
	Criteria  ordered[jsonChange] `json:"criteria"`
}

type jsonChange struct {
	Before   *float64         `json:"share_lacking_before"`
	After    *float64         `json:"share_lacking_after"`
	Change   jsonChangeDetail `json:"change"`
	ChangeSV string           `json:"change_sv"`
}

type jsonChangeDetail struct {
	From     *float64 `json:"from"`
	To       *float64 `json:"to"`
	DiffLow  *float64 `json:"diff_low"`
	DiffHigh *float64 `json:"diff_high"`
	Verdict  string   `json:"verdict"`
}

type keyed[T any] struct {
	Key   string
	Value T
}

// ordered is a JSON object whose keys keep their slice order.
type ordered[T any] []keyed[T]

func (o ordered[T]) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, kv := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(kv.Key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(kv.Value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
