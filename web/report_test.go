package web_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"tillsyn/review"
)

// The report: inspectors get every committee with the cases behind the figures, a
// self-auditor the own committee only, a researcher aggregates with small cells hidden and
// no case at all; every export download is recorded.
func TestReportByRole(t *testing.T) {
	e := newEnv(t, envOptions{perStratum: 7})
	ctx := context.Background()
	for _, it := range e.items {
		var in []review.ScoreInput
		for _, c := range review.DefaultCriteria {
			v, cm, els := review.Yes, "", ""
			if it.Committee == "Säffle" && c == review.Planning {
				v, cm = review.No, "ingen plan"
			}
			if c == review.AssignmentDescription {
				els = "abcdef"
			}
			in = append(in, review.ScoreInput{Criterion: c, Verdict: v, Comment: cm, Elements: els})
		}
		if _, err := e.svc.SaveScores(ctx, "granskare", it.ID, in, true); err != nil {
			t.Fatal(err)
		}
	}
	path := "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/report"
	res := e.do(req{method: "GET", path: path, user: uInspector})
	if res.status != 200 || !strings.Contains(res.body, "Krav på åtgärder mot 1 av 4 nämnder") || !strings.Contains(res.body, "<svg") {
		t.Fatalf("inspector report: %d\n%.2000s", res.status, res.body)
	}
	// a Säffle case that is final (one reviewer only: not marked for double review)
	var saffle review.SampleItem
	for _, it := range e.items {
		if it.Committee == "Säffle" && e.count(`SELECT count(*) FROM double_reviews WHERE sample_item_id = ?`, it.ID) == 0 {
			saffle = it
		}
	}
	if !strings.Contains(res.body, saffle.Diarienummer) {
		t.Fatal("the inspector's report does not list the cases behind the figures")
	}
	res = e.do(req{method: "GET", path: path, user: uSelf})
	if res.status != 200 || !strings.Contains(res.body, "Forshaga") || strings.Contains(res.body, "Säffle") || strings.Contains(res.body, saffle.Diarienummer) {
		t.Fatalf("self-auditor report shows other committees: %d", res.status)
	}
	res = e.do(req{method: "GET", path: path, user: uResearcher})
	if res.status != 200 || !strings.Contains(res.body, "Säffle") {
		t.Fatalf("researcher: %d", res.status)
	}
	for _, it := range e.items {
		if strings.Contains(res.body, it.Diarienummer) {
			t.Fatalf("the researcher sees case %s", it.Diarienummer)
		}
	}
	for _, f := range []string{"csv", "json", "xlsx", "codebook"} {
		res := e.do(req{method: "GET", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/export?format=" + f, user: uResearcher})
		if res.status != 200 {
			t.Fatalf("export %s: %d", f, res.status)
		}
		for _, it := range e.items {
			if strings.Contains(res.body, it.Diarienummer) {
				t.Fatalf("export %s holds case %s", f, it.Diarienummer)
			}
		}
	}
	if n := e.count(`SELECT count(*) FROM exports WHERE exported_by = ?`, uResearcher); n != 3 {
		t.Fatalf("%d exports recorded, want 3", n)
	}
	if res := e.do(req{method: "GET", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/export?format=csv", user: uSelf}); res.status != 403 {
		t.Fatalf("self-auditor export: %d", res.status)
	}
}
