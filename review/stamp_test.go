package review_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"tillsyn/review"
	"tillsyn/review/store/storetest"
)

// A review page kept in memory is served again only while the item's stamp and the data
// version are unchanged, so both must change with everything the page shows, whoever
// writes it: this process, or another one on the same database.
func TestItemStampAndDataVersionFollowEveryChange(t *testing.T) {
	svc, st := newService(t)
	ctx := context.Background()
	importFiles(t, svc, "S", fixture("export_4_namnder_20150930.csv"))
	req := scopeRequest("stamp")
	req.Params.Reserves = 1
	sm, err := svc.DrawSample(ctx, "S", req)
	if err != nil {
		t.Fatal(err)
	}
	var items []review.SampleItem
	for _, it := range sm.Items {
		if it.Status == review.StatusSelected {
			items = append(items, it)
		}
	}
	stamp := func(id int64) string {
		t.Helper()
		v, err := svc.ItemView(ctx, id)
		if err != nil || v.Audit.ID == 0 || v.Item.ID != id || v.Stamp == "" {
			t.Fatalf("view of %d: %+v %v", id, v, err)
		}
		if cfv, err := svc.CaseFilesVersion(ctx, id); err != nil || cfv != v.CaseFilesVersion {
			t.Fatalf("case files version of %d: %q in the view, %q alone (%v)", id, v.CaseFilesVersion, cfv, err)
		}
		return v.Stamp
	}
	version := func() string {
		t.Helper()
		v, err := svc.DataVersion(ctx)
		if err != nil || v == "" {
			t.Fatalf("data version: %q %v", v, err)
		}
		return v
	}
	stamps := func() []string {
		var out []string
		for _, it := range items {
			out = append(out, stamp(it.ID))
		}
		return out
	}
	// changed checks that exactly the items in want got a new stamp, and the data version
	// moved, since before
	changed := func(what string, before []string, v0 string, want ...int64) ([]string, string) {
		t.Helper()
		after := stamps()
		for i, it := range items {
			moved := after[i] != before[i]
			expected := false
			for _, id := range want {
				expected = expected || id == it.ID
			}
			if moved != expected {
				t.Errorf("%s: item %d stamp moved %v, want %v (%q → %q)", what, it.ID, moved, expected, before[i], after[i])
			}
		}
		v := version()
		if v == v0 {
			t.Errorf("%s: data version stayed %s", what, v)
		}
		return after, v
	}

	cfv := func(id int64) string {
		t.Helper()
		v, err := svc.CaseFilesVersion(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	s0, v0 := stamps(), version()
	if again := version(); again != v0 {
		t.Fatalf("data version moved without a commit: %s → %s", v0, again)
	}
	if _, err := svc.SetDoubleReview(ctx, "S", 1); err != nil {
		t.Fatal(err)
	}
	var all []int64
	for _, it := range items {
		all = append(all, it.ID)
	}
	s0, v0 = changed("double review", s0, v0, all...)

	files0 := cfv(items[0].ID)
	saved, err := svc.SaveScores(ctx, "anna", items[0].ID, full(review.Yes, nil), false)
	if err != nil {
		t.Fatal(err)
	}
	s0, v0 = changed("first save", s0, v0, items[0].ID)
	if _, err := svc.SaveScores(ctx, "anna", items[0].ID, full(review.No, versionsOf(saved)), false); err != nil {
		t.Fatal(err)
	}
	s0, v0 = changed("second save", s0, v0, items[0].ID)
	if cfv(items[0].ID) != files0 {
		t.Error("saving judgements changed the case files' version (the documents would be rendered again)")
	}

	// an import of judgements (a reviewer's four criteria for one case)
	csv := "Nämnd;Diarienummer;Granskare;Kriterium;Bedömning;Kommentar\n"
	for _, c := range []string{"needs_assessment", "planning", "follow_up", "assignment_description"} {
		csv += items[3].Committee + ";" + items[3].Diarienummer + ";Granskare A;" + c + ";ja;\n"
	}
	path := filepath.Join(t.TempDir(), "scores.csv")
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	if res, err := svc.ImportScores(ctx, "S", path); err != nil || res.Imported != 4 {
		t.Fatalf("import: %+v %v", res, err)
	}
	s0, v0 = changed("import", s0, v0, items[3].ID)

	if _, _, err := svc.ReplaceCase(ctx, "S", items[1].Diarienummer, items[1].Committee, "utanför målgruppen", "x"); err != nil {
		t.Fatal(err)
	}
	s0, v0 = changed("replacement", s0, v0, items[1].ID)

	// another process: documents and a screening written on a connection of its own
	other := storetest.OtherDB(t, st)
	it := items[2].ID
	f := cfv(it)
	filesMoved := func(what string) {
		t.Helper()
		if g := cfv(it); g == f {
			t.Errorf("%s: case files' version stayed %s", what, g)
		} else {
			f = g
		}
	}
	if _, err := other.Exec(`INSERT INTO documents (sample_item_id, file_name, sha256, size, status, ingested_at) VALUES ($1, 'a.pdf', 'ab', 1, 'ok', '2015-10-01T12:00:00Z')`, it); err != nil {
		t.Fatal(err)
	}
	s0, v0 = changed("document from another process", s0, v0, it)
	filesMoved("document from another process")
	if _, err := other.Exec(`INSERT INTO screenings (sample_item_id, rules_version, review_date, result_json, screened_at) VALUES ($1, 'r', '2015-10-01', '{}', '2015-10-01T12:00:00Z')`, it); err != nil {
		t.Fatal(err)
	}
	s0, v0 = changed("screening from another process", s0, v0, it)
	filesMoved("screening from another process")
	if _, err := other.Exec(`UPDATE screenings SET screened_at = '2015-10-02T12:00:00Z' WHERE sample_item_id = $1`, it); err != nil {
		t.Fatal(err)
	}
	s0, v0 = changed("screening redone", s0, v0, it)
	filesMoved("screening redone")
	if _, err := other.Exec(`DELETE FROM documents WHERE sample_item_id = $1`, it); err != nil {
		t.Fatal(err)
	}
	_, _ = changed("document removed", s0, v0, it)
	filesMoved("document removed")
}

// Where a drawn case belongs never changes, and no case is deleted: the web app keeps it
// for access checks. The database refuses both, whoever writes.
func TestDrawnCaseKeepsItsHome(t *testing.T) {
	svc, st := newService(t)
	ctx := context.Background()
	importFiles(t, svc, "H", fixture("export_4_namnder_20150930.csv"))
	sm, err := svc.DrawSample(ctx, "H", scopeRequest("home"))
	if err != nil {
		t.Fatal(err)
	}
	other := storetest.OtherDB(t, st)
	id := sm.Items[0].ID
	for _, q := range []string{
		`UPDATE sample_items SET committee = 'Annan' WHERE id = $1`,
		`UPDATE sample_items SET sample_id = sample_id + 1 WHERE id = $1`,
		`DELETE FROM sample_items WHERE id = $1`,
	} {
		if _, err := other.Exec(q, id); err == nil {
			t.Errorf("%s: allowed", q)
		}
	}
	// the columns that do change still can
	if _, err := other.Exec(`UPDATE sample_items SET changes = changes + 1, committee = committee WHERE id = $1`, id); err != nil {
		t.Fatalf("an update that keeps the home: %v", err)
	}
}
