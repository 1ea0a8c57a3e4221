package store

import (
	"context"
	"testing"
	"time"

	"tillsyn/review"
)

// The cells an export published are kept with it, exports of audits pooled together are
// found from either audit, and an export is refused (EConflict, nothing written) when
// another export of the same audits was recorded after the one the caller checked against.
func TestPublishedExportsAndConflict(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	var ids []int64
	for _, n := range []string{"A", "B", "C"} {
		a, err := s.CreateAudit(ctx, review.Audit{Name: n, Kind: review.KindTillsyn, CreatedAt: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	five := 5
	rec := func(audit int64) review.ExportRecord {
		return review.ExportRecord{AuditID: audit, By: "forskare", At: time.Now(), Format: "csv", Parameters: map[string]any{"level": "all", "min_cell": 5}, SHA256: "x"}
	}
	cells := []review.PublishedCell{{Audits: []int64{ids[0], ids[1]}, Criterion: "planning", FilesReviewed: &five, Yes: &five}}
	// A and B pooled
	if err := s.RecordResearchExport(ctx, []review.ExportRecord{rec(ids[0]), rec(ids[1])}, cells, 0); err != nil {
		t.Fatal(err)
	}
	got, seen, err := s.PublishedExports(ctx, []int64{ids[1]})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || seen != got[1].ID || len(got[0].Cells) != 1 || *got[0].Cells[0].Yes != 5 || got[0].Cells[0].No != nil || got[0].Level() != "all" || got[0].MinCell() != 5 {
		t.Fatalf("published exports of B: %+v (seen %d)", got, seen)
	}
	// C alone knows nothing of them
	if got, _, err := s.PublishedExports(ctx, []int64{ids[2]}); err != nil || len(got) != 0 {
		t.Fatalf("exports of C: %+v %v", got, err)
	}
	// an export of A checked against nothing: another one came in between
	if err := s.RecordResearchExport(ctx, []review.ExportRecord{rec(ids[0])}, nil, 0); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("stale check accepted: %v", err)
	}
	if got, _, _ := s.PublishedExports(ctx, []int64{ids[0]}); len(got) != 2 {
		t.Fatalf("a refused export was written: %d", len(got))
	}
	if err := s.RecordResearchExport(ctx, []review.ExportRecord{rec(ids[0])}, nil, seen); err != nil {
		t.Fatal(err)
	}
	// the cells are append-only like the export log
	w, _ := s.DB()
	if _, err := w.Exec(`UPDATE export_cells SET cells_json = '[]'`); err == nil {
		t.Fatal("export cells changed")
	}
	// an export recorded before cells were kept has none (nil, not empty)
	if err := s.RecordExport(ctx, rec(ids[2])); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.PublishedExports(ctx, []int64{ids[2]}); len(got) != 1 || got[0].Cells != nil {
		t.Fatalf("legacy export: %+v", got)
	}
}
