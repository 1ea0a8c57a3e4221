package review

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
)

// Category is how a verdict counts in the research export's four columns.
type Category int

// The categories, in the export's column order.
const (
	CatYes Category = iota
	CatPartly
	CatNo
	CatNotApplicable
)

// CategoryOf sorts a verdict of a criterion into yes, partly (lacking but not missing), no
// (missing) or not applicable, as the roll-up counts it.
func CategoryOf(d CriterionDef, v Verdict) Category {
	switch {
	case d.IsNotApplicable(v):
		return CatNotApplicable
	case d.IsMissing(v):
		return CatNo
	case d.IsLacking(v):
		return CatPartly
	}
	return CatYes
}

// ResearchCase is one final case file as the research export sees it: where it was drawn and
// how each criterion was judged. It has no field for a diarienummer, person or comment.
type ResearchCase struct {
	Committee string
	// Intervention is the case's intervention type as imported ("" when unknown).
	Intervention string
	// Stratum is the sample stratum it was drawn in (a key of ResearchData.StratumSize).
	Stratum string
	// Year is the year of the case's decision; 0 when unknown.
	Year       int
	Categories map[Criterion]Category
}

// ResearchData is what research exports at every level are built from: the audit's findings
// (the committee level) and its final case files with the frame sizes of the strata they
// were drawn from (the pooled levels), read from one snapshot.
type ResearchData struct {
	Audit    Audit
	Findings Findings
	// StratumSize maps a sample stratum to the number of cases in its frame; StratumReviewed
	// to the number of its final files.
	StratumSize, StratumReviewed map[string]int
	// Cases are the final files only, in no particular order.
	Cases []ResearchCase
}

// ResearchData reads an audit's findings and final case files for a research export.
func (s *Service) ResearchData(ctx context.Context, auditName string, opt FindingsOptions) (ResearchData, error) {
	a, sm, err := s.ActiveSample(ctx, auditName)
	if err != nil {
		return ResearchData{}, err
	}
	res, items, err := s.findings(ctx, a, sm, opt)
	if err != nil {
		return ResearchData{}, err
	}
	years, err := s.store.SampleCaseYears(ctx, sm.ID)
	if err != nil {
		return ResearchData{}, err
	}
	t := res.Findings.Template
	d := ResearchData{Audit: a, Findings: res.Findings, StratumSize: map[string]int{}, StratumReviewed: map[string]int{}}
	for _, st := range sm.Strata {
		d.StratumSize[stratumName(st.Committee, st.Intervention, sm.Params.ByIntervention)] += st.Cases
	}
	for _, is := range items {
		state, final, _, _ := judgeCase(is, t)
		if state != StateFinal {
			continue
		}
		stratum := is.Item.Stratum
		if stratum == "" {
			stratum = is.Item.Committee
		}
		rc := ResearchCase{Committee: is.Item.Committee, Intervention: is.Item.Intervention, Stratum: stratum,
			Year: years[is.Item.CaseID], Categories: make(map[Criterion]Category, len(t.Criteria))}
		for _, def := range t.Criteria {
			rc.Categories[def.Key] = CategoryOf(def, final[def.Key])
		}
		d.StratumReviewed[stratum]++
		d.Cases = append(d.Cases, rc)
	}
	return d, nil
}

// PublishedCell is one row of a research export as it was published: the set of final files
// it pools (an audit set, and a committee, an intervention and a year or nil for all) and
// its values for one criterion, nil where hidden.
type PublishedCell struct {
	Audits        []int64 `json:"audits"`
	Committee     *string `json:"committee"`
	Intervention  *string `json:"intervention"`
	Year          *int    `json:"year"`
	Criterion     string  `json:"criterion"`
	FilesReviewed *int    `json:"files_reviewed"`
	Yes           *int    `json:"yes"`
	Partly        *int    `json:"partly"`
	No            *int    `json:"no"`
	NotApplicable *int    `json:"not_applicable"`
}

// PublishedExport is a recorded research export with the cells it published. Cells is nil
// for an export recorded before cells were kept (it was then a committee-level export of
// one audit with Parameters["min_cell"]).
type PublishedExport struct {
	ExportRecord
	ID    int64
	Cells []PublishedCell
}

// MinCell is the suppression threshold the export was made with (DefaultMinCell-like 5 when
// the parameters do not say).
func (p PublishedExport) MinCell() int {
	switch v := p.Parameters["min_cell"].(type) {
	case float64:
		return int(v)
	case int:
		return v
	}
	return 5
}

// Level is the export's level ("committee" when the parameters do not say).
func (p PublishedExport) Level() string {
	if l, ok := p.Parameters["level"].(string); ok && l != "" {
		return l
	}
	return "committee"
}

// PublishedExports lists every recorded export of the audits and, transitively, of every
// audit pooled with them in an export, oldest first, with the cells each published, and the
// highest export id seen (for RecordResearchExport's check that none was added since).
func (s *Service) PublishedExports(ctx context.Context, auditIDs []int64) ([]PublishedExport, int64, error) {
	return s.store.PublishedExports(ctx, auditIDs)
}

// RecordResearchExport records one export of one or more audits (one log entry per audit,
// the same file) with the cells it published, in one transaction, only if no export of those
// audits was recorded after the one with id seen (else EConflict: check again).
func (s *Service) RecordResearchExport(ctx context.Context, audits []Audit, by, format string, params map[string]any, sha string, cells []PublishedCell, seen int64) error {
	if len(audits) == 0 {
		return &Error{Code: EInvalid, Field: "audit", Message: "ingen granskning att exportera"}
	}
	if _, err := json.Marshal(params); err != nil {
		return &Error{Code: EInvalid, Message: "unencodable export parameters"}
	}
	at := s.now().UTC()
	recs := make([]ExportRecord, len(audits))
	ids := make([]int64, len(audits))
	for i, a := range audits {
		recs[i] = ExportRecord{AuditID: a.ID, By: by, At: at, Format: format, Parameters: params, SHA256: sha}
		ids[i] = a.ID
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			return &Error{Code: EInvalid, Field: "audit", Message: fmt.Sprintf("granskningen med id %d är angiven två gånger", ids[i])}
		}
	}
	return s.store.RecordResearchExport(ctx, recs, cells, seen)
}

// ResearchDataByID is ResearchData of the audit with the id (ENotFound when there is none).
func (s *Service) ResearchDataByID(ctx context.Context, id int64, opt FindingsOptions) (ResearchData, error) {
	audits, err := s.store.Audits(ctx)
	if err != nil {
		return ResearchData{}, err
	}
	for _, a := range audits {
		if a.ID == id {
			return s.ResearchData(ctx, a.Name, opt)
		}
	}
	return ResearchData{}, &Error{Code: ENotFound, Field: "audit", Message: fmt.Sprintf("ingen granskning med id %d", id)}
}
