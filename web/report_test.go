package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
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
	res = e.do(req{method: "GET", path: path + "?level=committee", user: uResearcher})
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
	// the page (an export shown to the researcher) and the three downloads
	if n := e.count(`SELECT count(*) FROM exports WHERE exported_by = ?`, uResearcher); n != 4 {
		t.Fatalf("%d exports recorded, want 4", n)
	}
	if res := e.do(req{method: "GET", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/export?format=csv", user: uSelf}); res.status != 403 {
		t.Fatalf("self-auditor export: %d", res.status)
	}
}

// The researcher's page hides counts of 1 to 4 (threshold 5): a row of 4 and 3 is hidden, a
// row of 7 shown. (A threshold of 3 would show the first.)
func TestResearcherPageHidesSmallCells(t *testing.T) {
	e := newEnv(t, envOptions{perStratum: 7})
	ctx := context.Background()
	// Hammarö's cases, all single-reviewed here: the env marks half of each committee's
	// cases for double review; those get a second reviewer too, agreeing
	n := 0
	for _, it := range e.items {
		if it.Committee != "Hammarö" {
			continue
		}
		var in []review.ScoreInput
		for _, c := range review.DefaultCriteria {
			v := review.Yes
			if c == review.Planning && n < 3 {
				v = review.No
			}
			in = append(in, review.ScoreInput{Criterion: c, Verdict: v, Comment: "motiverat"})
		}
		n++
		for _, who := range []string{"granskare", "andra"} {
			if _, err := e.svc.SaveScores(ctx, who, it.ID, in, true); err != nil {
				t.Fatal(err)
			}
		}
	}
	if n != 7 {
		t.Fatalf("%d Hammarö cases", n)
	}
	res := e.do(req{method: "GET", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/report?level=committee", user: uResearcher})
	row := regexp.MustCompile(`(?s)<th scope="row">Hammarö</th><td>Planering</td>(.*?)</tr>`).FindStringSubmatch(res.body)
	if row == nil {
		t.Fatalf("no Hammarö planning row:\n%s", res.body)
	}
	if strings.Contains(row[1], ">4<") || strings.Contains(row[1], ">3<") {
		t.Fatalf("counts of 4 and 3 are shown to the researcher: %s", row[1])
	}
	if !regexp.MustCompile(`<th scope="row">Hammarö</th><td>Uppföljning</td><td class="num">7</td><td class="num">7</td>`).MatchString(res.body) {
		t.Fatal("the row of 7 is not shown")
	}
}

// The overview, the report page and the report's JSON give the same figures: per committee
// the sampled and final files and what waits, with a double-reviewed case waiting for its
// second reviewer in none of the report's lists.
func TestOverviewAndReportAgree(t *testing.T) {
	e := newEnv(t, envOptions{perStratum: 4})
	ctx := context.Background()
	for i, it := range e.items {
		if i%3 == 2 {
			continue // not started
		}
		var in []review.ScoreInput
		for _, c := range review.DefaultCriteria {
			in = append(in, review.ScoreInput{Criterion: c, Verdict: review.No, Comment: "saknas"})
		}
		if _, err := e.svc.SaveScores(ctx, "granskare", it.ID, in, true); err != nil {
			t.Fatal(err)
		}
	}
	id := strconv.FormatInt(e.audit.ID, 10)
	js := e.do(req{method: "GET", path: "/audits/" + id + "/report?format=json", user: uInspector})
	var rep struct {
		Committees []struct {
			Committee      string
			Sampled, Final int
			PendingByState map[string]int `json:"pending_by_state"`
		}
		Region struct{ Sampled, Final int }
	}
	if err := json.Unmarshal([]byte(js.body), &rep); err != nil {
		t.Fatalf("%v: %.300s", err, js.body)
	}
	ov := e.do(req{method: "GET", path: "/audits/" + id, user: uInspector})
	page := e.do(req{method: "GET", path: "/audits/" + id + "/report", user: uInspector})
	awaiting := 0
	for _, c := range rep.Committees {
		cell := fmt.Sprintf("%d av %d", c.Final, c.Sampled)
		row := regexp.MustCompile(`(?s)>` + regexp.QuoteMeta(c.Committee) + `</a></th>(.*?)</tr>`).FindStringSubmatch(ov.body)
		if row == nil || !strings.Contains(row[1], cell) || !strings.Contains(row[1], fmt.Sprintf(`<td class="num">%d</td><td class="num">%d</td>`, c.PendingByState["not_started"], c.PendingByState["awaiting_second"])) {
			t.Errorf("%s: the overview does not show %s final and %v waiting: %v", c.Committee, cell, c.PendingByState, row)
		}
		if !regexp.MustCompile(`<a href="#[^"]+">` + regexp.QuoteMeta(c.Committee) + `</a></td><td>` + strconv.Itoa(c.Sampled) + `</td><td>` + strconv.Itoa(c.Final) + `</td>`).MatchString(page.body) {
			t.Errorf("%s: the report page does not show %d sampled, %d final", c.Committee, c.Sampled, c.Final)
		}
		awaiting += c.PendingByState["awaiting_second"]
	}
	if awaiting == 0 {
		t.Fatal("no case waits for a second reviewer: the test shows nothing")
	}
	if !strings.Contains(page.body, fmt.Sprintf("Preliminär: %d av %d akter bedömda", rep.Region.Final, rep.Region.Sampled)) {
		t.Fatal("the report page does not say it is preliminary")
	}
	// the app's header and navigation around the report
	if !strings.Contains(page.body, `class="mainnav"`) || !strings.Contains(page.body, `<link rel="stylesheet" href="/report.css?v=`) {
		t.Fatal("the report page lacks the app's navigation or the report's stylesheet")
	}
}
