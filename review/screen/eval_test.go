package screen

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var dumpEval = flag.Bool("dump", false, "print every suggestion with its evidence")

var publicReviewDate = time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC)

func screenFixtures(t *testing.T) map[string]Result {
	t.Helper()
	results := map[string]Result{}
	for _, id := range fixtureCases(t) {
		docs := loadFixtureCase(t, filepath.Join(fixtureDir, id))
		results[id] = Screen(docs, Options{ReviewDate: publicReviewDate})
	}
	return results
}

func TestEvalPublic(t *testing.T) {
	results := screenFixtures(t)
	if *dumpEval {
		for id, r := range results {
			for _, k := range CriteriaKeys {
				s := r.Criteria[k]
				fmt.Printf("%s %s %s missing=%v reason=%s\n", id, k, s.Suggestion, s.Missing, s.Reason)
				for _, e := range s.Evidence {
					fmt.Printf("    [%s] %s p%d %q\n", e.Kind, e.File, e.Page, trunc(e.Text, 100))
				}
			}
		}
	}
	rep, err := Evaluate(filepath.Join(fixtureDir, "truth.json"), results)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.String())
	if rep.Cases != 25 {
		t.Errorf("evaluated %d cases, want 25", rep.Cases)
	}
	for _, f := range rep.Check(0.95, 0.05, 0.95) {
		t.Error(f)
	}
	// evidence spans point at the quoted text
	for id, r := range results {
		docs := loadFixtureCase(t, filepath.Join(fixtureDir, id))
		pages := map[string]map[int]string{}
		for _, d := range docs {
			pages[d.File] = map[int]string{}
			for _, p := range d.Pages {
				pages[d.File][p.Number] = p.Text
			}
		}
		for k, s := range r.Criteria {
			for _, e := range s.Evidence {
				if e.Kind == "unreadable" {
					continue
				}
				txt := pages[e.File][e.Page]
				if e.Start < 0 || e.End > len(txt) || e.Start >= e.End {
					t.Errorf("%s %s: bad span %d..%d in %s p%d", id, k, e.Start, e.End, e.File, e.Page)
					continue
				}
				if normalize(txt[e.Start:e.End]) != e.Text {
					t.Errorf("%s %s: span text %q != %q", id, k, normalize(txt[e.Start:e.End]), e.Text)
				}
			}
		}
	}
}

func trunc(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if rs := []rune(s); len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return s
}

// "Kan inte avgöras" is not right, and is counted apart from wrong suggestions: in its own
// column, never as a yes→no or no→yes.
func TestEvalCountsUnknownApart(t *testing.T) {
	truth := filepath.Join(t.TempDir(), "truth.json")
	if err := os.WriteFile(truth, []byte(`{"split": "x", "cases": [
	  {"case_id": "a", "criteria": {"planning": {"code": "yes"}}},
	  {"case_id": "b", "criteria": {"planning": {"code": "no"}}},
	  {"case_id": "c", "criteria": {"planning": {"code": "yes"}}}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	res := func(s string) Result { return Result{Criteria: map[string]Suggestion{"planning": {Suggestion: s}}} }
	rep, err := Evaluate(truth, map[string]Result{"a": res(Unknown), "b": res(Unknown), "c": res(No)})
	if err != nil {
		t.Fatal(err)
	}
	var pl CriterionReport
	for _, c := range rep.Criteria {
		if c.Criterion == "planning" {
			pl = c
		}
	}
	if pl.Correct != 0 || pl.Unknown != 2 || pl.YesAsNo != 1 || pl.NoAsYes != 0 {
		t.Errorf("correct %d, unknown %d, yes→no %d, no→yes %d; want 0, 2, 1, 0", pl.Correct, pl.Unknown, pl.YesAsNo, pl.NoAsYes)
	}
	if line := strings.Split(rep.String(), "\n")[4]; !strings.HasPrefix(line, "planning") || !strings.HasSuffix(line, " 2") {
		t.Errorf("planning row %q does not end in its 2 unknown", line)
	}
}
