package web_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"tillsyn/review"
)

// scoreAll gives every sampled case a final verdict (both reviewers where the case is
// double-reviewed), planning "nej" in the first no(committee) cases of each committee.
func scoreAll(t *testing.T, e *testEnv, no map[string]int) {
	t.Helper()
	ctx := context.Background()
	seen := map[string]int{}
	for _, it := range e.items {
		var in []review.ScoreInput
		for _, c := range review.DefaultCriteria {
			v := review.Yes
			if c == review.Planning && seen[it.Committee] < no[it.Committee] {
				v = review.No
			}
			in = append(in, review.ScoreInput{Criterion: c, Verdict: v, Comment: "motiverat"})
		}
		seen[it.Committee]++
		for _, who := range []string{"granskare", "andra"} {
			if _, err := e.svc.SaveScores(ctx, who, it.ID, in, true); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// A researcher chooses the level on the research page; what is shown and downloaded is
// recorded with its level, and pooled rows carry no committee.
func TestResearchPageLevels(t *testing.T) {
	e := newEnv(t, envOptions{perStratum: 7})
	scoreAll(t, e, map[string]int{"Säffle": 7})
	base := "/audits/" + strconv.FormatInt(e.audit.ID, 10)
	res := e.do(req{method: "GET", path: base + "/report?level=audit", user: uResearcher})
	if res.status != 200 || !strings.Contains(res.body, `<option value="audit" selected>`) || !strings.Contains(res.body, "(viktad)") {
		t.Fatalf("level audit: %d\n%.3000s", res.status, res.body)
	}
	// the download links carry the choices as they are (a query, not an escaped string)
	if !strings.Contains(res.body, `/export?format=csv&amp;level=audit"`) {
		t.Fatalf("the download links lose the level:\n%.4000s", res.body)
	}
	for _, c := range []string{"Forshaga", "Hammarö", "Munkfors", "Säffle"} {
		if strings.Contains(res.body, `<th scope="row">`+c) {
			t.Fatalf("a committee row at level audit: %s", c)
		}
	}
	if !strings.Contains(res.body, `<td class="num">4</td><td class="num">25</td>`) {
		t.Fatalf("the audit row does not pool 4 committees and 25 files:\n%.4000s", res.body)
	}
	res = e.do(req{method: "GET", path: base + "/export?format=csv&level=intervention&min_cell=6", user: uResearcher})
	if res.status != 200 || !strings.HasPrefix(res.body, "audit,year,committee,criterion,files_reviewed,yes,partly,no,not_applicable,share_lacking,ci_low,ci_high,suppressed,level,intervention,committees\r\n") ||
		!strings.Contains(res.body, ",intervention,institutionsvård,") {
		t.Fatalf("intervention export: %d\n%s", res.status, res.body)
	}
	if n := e.count(`SELECT count(*) FROM exports WHERE exported_by = ? AND params_json LIKE '%"level":"audit"%' AND format = 'html'`, uResearcher); n != 1 {
		t.Fatalf("%d page views at level audit recorded, want 1", n)
	}
	if n := e.count(`SELECT count(*) FROM exports WHERE exported_by = ? AND params_json LIKE '%"level":"intervention"%' AND params_json LIKE '%"min_cell":6%'`, uResearcher); n != 1 {
		t.Fatalf("%d intervention exports with K 6 recorded, want 1", n)
	}
	res = e.do(req{method: "GET", path: base + "/export?format=codebook-json&level=audit", user: uResearcher})
	if res.status != 200 || !strings.Contains(res.body, `"threshold_k": 5`) || !strings.Contains(res.body, `"name": "committees"`) {
		t.Fatalf("JSON codebook: %d %s", res.status, res.body)
	}
	for _, bad := range []string{"level=region", "min_cell=2", "pool=999"} {
		if res := e.do(req{method: "GET", path: base + "/export?format=csv&" + bad, user: uResearcher}); res.status == 200 {
			t.Errorf("%s accepted", bad)
		}
	}
}

// The page itself is an export: after the committee table (Hammarö's 2 of 7 hidden, Säffle's
// 7 shown), the audit row would give Hammarö's 2 by difference, so the page refuses it,
// naming the cell, and records nothing.
func TestResearchPageRefusesDifferencing(t *testing.T) {
	e := newEnv(t, envOptions{perStratum: 7})
	scoreAll(t, e, map[string]int{"Hammarö": 2, "Säffle": 7})
	base := "/audits/" + strconv.FormatInt(e.audit.ID, 10)
	// opening the page publishes nothing: the form only, nothing recorded
	if res := e.do(req{method: "GET", path: base + "/report", user: uResearcher}); res.status != 200 || strings.Contains(res.body, "<table") || strings.Contains(res.body, "Ladda ner") {
		t.Fatalf("the page opened without a level: %d", res.status)
	}
	if n := e.count(`SELECT count(*) FROM exports`); n != 0 {
		t.Fatalf("opening the page recorded %d exports", n)
	}
	if res := e.do(req{method: "GET", path: base + "/report?level=committee", user: uResearcher}); res.status != 200 {
		t.Fatalf("committee table: %d", res.status)
	}
	n0 := e.count(`SELECT count(*) FROM exports`)
	res := e.do(req{method: "GET", path: base + "/report?level=audit", user: uResearcher})
	if res.status != 409 || !strings.Contains(res.body, "Exporten nekas") || !strings.Contains(res.body, "nämnd Hammarö, Planering (planning): nej") || strings.Contains(res.body, "nej = ") {
		t.Fatalf("audit level after the committee table: %d\n%.4000s", res.status, res.body)
	}
	if res := e.do(req{method: "GET", path: base + "/export?format=json&level=audit", user: uResearcher}); res.status != 409 {
		t.Fatalf("download at level audit: %d", res.status)
	}
	if n := e.count(`SELECT count(*) FROM exports`); n != n0 {
		t.Fatalf("refused exports recorded: %d -> %d", n0, n)
	}
}

// A researcher sees only the audits given to them.
func TestResearcherSeesAssignedAuditsOnly(t *testing.T) {
	e := newEnv(t, envOptions{})
	e.addUser("forskare2", review.RoleResearcher, "", false)
	base := "/audits/" + strconv.FormatInt(e.audit.ID, 10)
	for _, p := range []string{base, base + "/report", base + "/export?format=csv"} {
		if res := e.do(req{method: "GET", path: p, user: "forskare2"}); res.status != 403 && res.status != 404 {
			t.Errorf("%s: %d for a researcher not given the audit", p, res.status)
		}
	}
	if res := e.do(req{method: "GET", path: "/audits", user: "forskare2"}); strings.Contains(res.body, e.audit.Name) {
		t.Error("the audit list shows an audit the researcher was not given")
	}
	if res := e.do(req{method: "GET", path: base + "/report", user: uResearcher}); res.status != 200 {
		t.Errorf("assigned researcher: %d", res.status)
	}
}
