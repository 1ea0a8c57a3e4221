package report

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"tillsyn/review"
)

// nationalCases is a national audit: 290 committees × 30 files, 4 criteria.
func nationalCases() []review.CaseJudgement {
	r := rand.New(rand.NewPCG(290, 30))
	scale := []review.Verdict{review.Yes, review.Yes, review.Yes, review.Partly, review.No, review.NotApplicable}
	cases := make([]review.CaseJudgement, 0, 290*30)
	for c := range 290 {
		for i := range 30 {
			v := make(map[review.Criterion]review.Verdict, 4)
			for _, k := range review.DefaultCriteria {
				v[k] = scale[r.IntN(len(scale))]
			}
			cases = append(cases, review.CaseJudgement{Committee: fmt.Sprintf("Kommun %03d", c), Diarienummer: fmt.Sprintf("SN 2015/%d", i+1), Verdicts: v})
		}
	}
	return cases
}

func BenchmarkReportNational(b *testing.B) {
	cases := nationalCases()
	frames := map[string]int{}
	for c := range 290 {
		frames[fmt.Sprintf("Kommun %03d", c)] = 60 + c
	}
	in := review.RollupInput{Audit: "Nationell tillsyn", Year: 2015, FrameSize: frames, Cases: cases}
	for _, tc := range []struct {
		name string
		fn   func(io.Writer, review.Findings, *review.Findings, Options) error
	}{{"json", JSON}, {"html", HTML}, {"text", Text}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				f, err := review.Rollup(in)
				if err != nil {
					b.Fatal(err)
				}
				if err := tc.fn(io.Discard, f, nil, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckDifferencingNational checks an audit-level export of a national audit (290
// committees of 3–12 final files, two intervention types, two decision years) against four
// earlier exports: committees, committees by year, interventions and audit by year.
func BenchmarkCheckDifferencingNational(b *testing.B) {
	r := rand.New(rand.NewPCG(290, 4))
	d := researchData(b, r, 1, "Riket", 290)
	all := map[int64]review.ResearchData{1: d}
	var earlier []review.PublishedExport
	for i, opt := range []ResearchOptions{{Level: LevelCommittee, MinCell: 5}, {Level: LevelCommittee, ByYear: true, MinCell: 5},
		{Level: LevelIntervention, MinCell: 5}, {Level: LevelAudit, ByYear: true, MinCell: 5}} {
		_, cells, err := ResearchRows([]review.ResearchData{d}, opt)
		if err != nil {
			b.Fatal(err)
		}
		earlier = append(earlier, review.PublishedExport{ID: int64(i + 1), ExportRecord: review.ExportRecord{AuditID: 1, Parameters: map[string]any{"min_cell": 5.0}}, Cells: cells})
	}
	_, cells, err := ResearchRows([]review.ResearchData{d}, ResearchOptions{Level: LevelAudit, MinCell: 5})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		_ = CheckDifferencing(cells, 5, earlier, all)
	}
}
