package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
	"tillsyn/sampling"
)

// groupFixture is a store with a drawn sample: its selected items (at least two) and the
// stamp of their audit's template.
func groupFixture(t testing.TB) (*store.Store, *review.Service, []int64, review.TemplateStamp) {
	t.Helper()
	st := storetest.Open(t, t.TempDir())
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	svc := review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey(), Clock: func() time.Time { return time.Date(2015, 10, 1, 12, 0, 0, 0, time.UTC) }})
	if _, err := svc.CreateAudit(ctx, "G", review.KindTillsyn, ""); err != nil {
		t.Fatal(err)
	}
	res, err := svc.ImportCaseLists(ctx, "G", []string{filepath.Join("..", "..", "testdata", "caselists", "export_4_namnder_20150930.csv")}, review.ImportOptions{})
	if err != nil || !res.Committed {
		t.Fatalf("import: %+v %v", res.Invalid, err)
	}
	sm, err := svc.DrawSample(ctx, "G", review.DrawRequest{
		Params:  sampling.Params{Seed: "group", Reserves: 1, Allocation: sampling.Allocation{Mode: sampling.ModeFixed, PerStratum: 3}},
		Filters: review.FrameFilter{Interventions: []string{"Öppenvård", "institutionsvård"}, DecidedFrom: "2014-07-01", DecidedTo: "20150630", MinAge: 18},
		By:      "inspektör", ToolVersion: "test",
	})
	if err != nil {
		t.Fatal(err)
	}
	var items []int64
	for _, it := range sm.Items {
		if it.Status == review.StatusSelected {
			items = append(items, it.ID)
		}
	}
	if len(items) < 2 {
		t.Fatalf("%d items selected", len(items))
	}
	a, _, _, err := st.SampleItem(ctx, items[0])
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := svc.TemplateOfItem(ctx, items[0])
	if err != nil {
		t.Fatal(err)
	}
	return st, svc, items, review.TemplateStamp{Criteria: len(tmpl.Criteria), SHA256: a.TemplateSHA256}
}

// BenchmarkSaveScores: 50 reviewers save their judgements of the sample's cases at once
// (two or so to a case, each naming the versions its last save got), straight on the store:
// what the save loop's groups give, without HTTP. Reports saves/s; on PostgreSQL with
// TILLSYN_TEST_ENGINE=postgres.
func BenchmarkSaveScores(b *testing.B) {
	st, _, items, tmpl := groupFixture(b)
	const reviewers = 50
	ctx := context.Background()
	var next sync.Mutex
	n := 0
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, reviewers)
	for w := 0; w < reviewers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			who, it := fmt.Sprintf("granskare%02d", w), items[w%len(items)]
			versions := map[review.Criterion]int{}
			for i := 0; ; i++ {
				next.Lock()
				if n >= b.N {
					next.Unlock()
					return
				}
				n++
				next.Unlock()
				var rows []review.Score
				for _, c := range review.DefaultCriteria {
					rows = append(rows, review.Score{SampleItemID: it, Kind: review.KindReview, Reviewer: who, Criterion: c, Verdict: review.Partly,
						Comment: fmt.Sprintf("%s %d", who, i), Source: "web", Version: versions[c]})
				}
				out, err := st.SaveScores(ctx, it, who, rows, time.Now().UTC(), tmpl)
				if err != nil {
					errs <- err
					return
				}
				for _, sc := range out {
					versions[sc.Criterion] = sc.Version
				}
			}
		}(w)
	}
	wg.Wait()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "saves/s")
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
}
