package web_test

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"tillsyn/review"
)

func sixTemplate(t *testing.T) *review.Template {
	t.Helper()
	raw, err := os.ReadFile("../testdata/templates/six-criteria.json")
	if err != nil {
		t.Fatal(err)
	}
	tm, err := review.ParseTemplate(raw)
	if err != nil {
		t.Fatal(err)
	}
	return &tm
}

// sixForm is a complete submission of the six criteria; participation as given.
func sixForm(participation, elements, comment string, versions map[string]string) url.Values {
	f := url.Values{"action": {"submit"}}
	for _, c := range []string{"needs_assessment", "planning", "follow_up", "assignment_description", "measurable_goals"} {
		f.Set("verdict_"+c, "yes")
		f.Set("version_"+c, versions[c])
	}
	f["elements_assignment_description"] = []string{"a", "b", "c", "d", "e", "f"}
	f.Set("handover_assignment_description", "yes")
	f.Set("verdict_participation", participation)
	f.Set("comment_participation", comment)
	f.Set("version_participation", versions["participation"])
	for _, l := range elements {
		f.Add("elements_participation", string(l))
	}
	return f
}

// The review form follows the audit's template: each criterion's own scale with keys 1–N,
// its own checklist, no screening suggestion where the template names no rules; a save is
// checked against the template; double review and adjudication use the criterion's scale.
func TestReviewFormFollowsTemplate(t *testing.T) {
	e := newEnv(t, envOptions{template: sixTemplate(t)})
	var it review.SampleItem // a case of one reviewer
	for _, x := range e.items {
		if x.Committee == ownCommitee && e.count(`SELECT count(*) FROM double_reviews WHERE sample_item_id = ?`, x.ID) == 0 {
			it = x
			break
		}
	}
	page := e.do(req{method: "GET", path: "/items/" + itoa(it.ID), user: uInspector})
	if page.status != http.StatusOK {
		t.Fatalf("%d %s", page.status, page.body)
	}
	crit := func(key string) string {
		i := strings.Index(page.body, `id="crit-`+key+`"`)
		if i < 0 {
			t.Fatalf("no fieldset for %s", key)
		}
		rest := page.body[i:]
		if j := strings.Index(rest[1:], `<fieldset class="criterion`); j > 0 {
			rest = rest[:j]
		}
		return rest
	}
	part := crit("participation")
	radios := regexp.MustCompile(`name="verdict_participation" value="([a-z_]+)"`).FindAllStringSubmatch(part, -1)
	var vals []string
	for _, r := range radios {
		vals = append(vals, r[1])
	}
	if strings.Join(vals, ",") != "helt,till_stor_del,delvis,i_liten_del,inte_alls" {
		t.Fatalf("participation's scale on the form: %v", vals)
	}
	for _, want := range []string{"> i liten del <kbd class=\"hint\" aria-hidden=\"true\">4</kbd>", "Akten visar personens delaktighet i", `name="elements_participation" value="c"`,
		"Screeningen har inga regler", "(krävs för delvis, i liten del och inte alls)"} {
		if !strings.Contains(part, want) {
			t.Errorf("participation lacks %q", want)
		}
	}
	if strings.Contains(part, "handover_") || strings.Contains(part, "data-key=") {
		t.Error("participation asks the handover question or has letter keys")
	}
	if na := crit("needs_assessment"); !strings.Contains(na, `data-key="j"`) || !strings.Contains(na, "1 eller j") || strings.Contains(na, "Screeningen har inga regler") {
		t.Error("needs assessment: the default scale's letters or its screening are missing")
	}
	if !strings.Contains(crit("assignment_description"), `name="handover_assignment_description"`) || !strings.Contains(crit("measurable_goals"), "Screeningen har inga regler") {
		t.Error("handover or the no-screening note is misplaced")
	}
	v := formVersions(page.body)
	if len(v) != 6 {
		t.Fatalf("versions %v", v)
	}
	// a value of another criterion's scale, and "helt" without every element ticked, are refused
	for _, f := range []url.Values{sixForm("yes", "abc", "", v), sixForm("helt", "ab", "", v)} {
		r := e.do(req{method: "POST", path: "/items/" + itoa(it.ID) + "/scores", user: uInspector, form: f})
		if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, `id="err-participation"`) {
			t.Fatalf("bad participation accepted: %d", r.status)
		}
	}
	if n := e.count(`SELECT count(*) FROM scores`); n != 0 {
		t.Fatalf("%d scores saved from refused forms", n)
	}
	r := e.do(req{method: "POST", path: "/items/" + itoa(it.ID) + "/scores", user: uInspector, form: sixForm("i_liten_del", "a", "bara i bedömningen", v)})
	if r.status != http.StatusSeeOther {
		t.Fatalf("save: %d %s", r.status, r.body)
	}
	if n := e.count(`SELECT count(*) FROM scores WHERE sample_item_id = ? AND submitted = 1`, it.ID); n != 6 {
		t.Fatalf("%d submitted scores, want 6", n)
	}
	if n := e.count(`SELECT count(*) FROM scores WHERE sample_item_id = ? AND criterion = 'participation' AND verdict = 'i_liten_del' AND elements = 'a'`, it.ID); n != 1 {
		t.Fatal("participation not stored as judged")
	}
	page = e.do(req{method: "GET", path: "/items/" + itoa(it.ID), user: uInspector})
	// submitted by the one reviewer, the case is final: shown read-only with its verdicts
	if !strings.Contains(page.body, "Din bedömning: <strong id=\"state\">inskickad") || !strings.Contains(page.body, `id="final"`) ||
		strings.Contains(page.body, `type="radio"`) || strings.Contains(page.body, "<textarea") || strings.Contains(page.body, `id="submit"`) {
		t.Error("the stored judgement is not shown as final, read-only")
	}

	// double review: two reviewers disagree on participation; the adjudication offers its scale
	ctx := context.Background()
	var dbl review.SampleItem
	for _, x := range e.items {
		if x.Committee == ownCommitee && x.ID != it.ID && e.count(`SELECT count(*) FROM double_reviews WHERE sample_item_id = ?`, x.ID) == 1 {
			dbl = x
			break
		}
	}
	if dbl.ID == 0 {
		t.Skip("no double-reviewed case in the committee")
	}
	e.addUser("granskare2", review.RoleInspector, "", true)
	for _, who := range []struct{ user, verdict, el string }{{uInspector, "helt", "abc"}, {"granskare2", "delvis", "ab"}} {
		in := []review.ScoreInput{}
		for _, d := range sixTemplate(t).Criteria {
			x := review.ScoreInput{Criterion: d.Key, Verdict: d.Best()}
			switch d.Key {
			case "participation":
				x.Verdict, x.Elements = review.Verdict(who.verdict), who.el
				if who.verdict != "helt" {
					x.Comment = "planen saknar personens synpunkter"
				}
			case review.AssignmentDescription:
				x.Elements, x.Handover = "abcdef", review.HandoverYes
			}
			in = append(in, x)
		}
		if _, err := e.svc.SaveScores(ctx, who.user, dbl.ID, in, true); err != nil {
			t.Fatalf("%s: %v", who.user, err)
		}
	}
	adj := e.do(req{method: "GET", path: "/items/" + itoa(dbl.ID) + "/adjudicate", user: uAdmin})
	if adj.status != http.StatusOK || !strings.Contains(adj.body, `name="verdict_participation" value="till_stor_del"`) || !strings.Contains(adj.body, "<strong>delvis</strong>") {
		t.Fatalf("adjudication page: %d", adj.status)
	}
	r = e.do(req{method: "POST", path: "/items/" + itoa(dbl.ID) + "/adjudicate", user: uAdmin,
		form: url.Values{"verdict_participation": {"till_stor_del"}, "comment_participation": {"jämkat efter samtal"}}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("adjudicate: %d %s", r.status, r.body)
	}
	res, err := e.svc.Findings(ctx, testAudit, review.FindingsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, cf := range res.Findings.Committees {
		if cf.Committee == ownCommitee {
			cc := cf.Criteria["participation"]
			if cf.FilesReviewed != 2 || cc.Counts["i_liten_del"] != 1 || cc.Counts["till_stor_del"] != 1 || cc.Partly != 1 || cc.Yes != 1 {
				t.Fatalf("participation rolled up: %d files, %+v", cf.FilesReviewed, cc.Counts)
			}
		}
	}
	for _, a := range res.Findings.Agreement {
		if a.Criterion == "participation" && (a.Cases != 1 || a.Observed != 0) {
			t.Fatalf("agreement on participation: %+v", a)
		}
	}
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

// In the browser, the digit keys choose a template scale's values in order, and choosing the
// first value of a criterion with a checklist ticks every element (the last, none).
func TestBrowserTemplateKeys(t *testing.T) {
	needChromium(t)
	e := newEnv(t, envOptions{template: sixTemplate(t)})
	ctx := newBrowser(t, 1280, 1000)
	browserLogin(t, ctx, e.ts.URL, uInspector, testPass)
	it := e.item(ownCommitee, false)
	err := chromedp.Do(ctx, chromedp.Navigate(e.ts.URL+"/items/"+itoa(it.ID)), chromedp.WaitVisible("#scoreform"),
		chromedp.Focus(`#crit-participation input[type=radio]`), chromedp.KeyEvent("4"))
	if err != nil {
		t.Fatal(err)
	}
	state := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	checkedOf := `(() => { const r = document.querySelector("#crit-participation input[type=radio]:checked"); return r ? r.value : ""; })()`
	ticks := `Array.from(document.querySelectorAll("input[name=elements_participation]:checked")).map(b => b.value).join("")`
	if v, f := state(checkedOf), state(`document.activeElement.id`); v != "i_liten_del" || f != "comment_participation" {
		t.Fatalf("after 4: %q checked, focus on %q; want i_liten_del and the comment", v, f)
	}
	if err := chromedp.Do(ctx, chromedp.Focus(`#crit-participation input[type=radio]`), chromedp.KeyEvent("1")); err != nil {
		t.Fatal(err)
	}
	if v, tk := state(checkedOf), state(ticks); v != "helt" || tk != "abc" {
		t.Fatalf("after 1: %q checked, %q ticked; want helt and abc", v, tk)
	}
	if err := chromedp.Do(ctx, chromedp.Focus(`#crit-participation input[type=radio]`), chromedp.KeyEvent("5")); err != nil {
		t.Fatal(err)
	}
	if v, tk := state(checkedOf), state(ticks); v != "inte_alls" || tk != "" {
		t.Fatalf("after 5: %q checked, %q ticked; want inte_alls and none", v, tk)
	}
	// a letter chooses only on the default scale: "j" on participation does nothing
	if err := chromedp.Do(ctx, chromedp.Focus(`#crit-participation input[type=radio]`), chromedp.KeyEvent("j")); err != nil {
		t.Fatal(err)
	}
	if v := state(checkedOf); v != "inte_alls" {
		t.Fatalf("j on a scale without letters chose %q", v)
	}
}

// The report inside the app draws each bar as long as its share: the app's own stylesheet
// must not reach into the report's chart (a ".bar" rule once gave every bar the same width).
func TestBrowserReportBars(t *testing.T) {
	needChromium(t)
	e := newEnv(t, envOptions{perStratum: 5})
	// verdicts that differ between committees and criteria, so the bars differ in length
	verdicts := []review.Verdict{review.Yes, review.No, review.Partly, review.Yes}
	for i, it := range e.items {
		var in []review.ScoreInput
		for j, c := range review.DefaultCriteria {
			in = append(in, review.ScoreInput{Criterion: c, Verdict: verdicts[(i*j+i/3)%len(verdicts)], Comment: "test", Elements: map[bool]string{true: "abcdef"}[c == review.AssignmentDescription]})
		}
		if _, err := e.svc.SaveScores(context.Background(), "granskare", it.ID, in, true); err != nil {
			t.Fatal(err)
		}
	}
	ctx := newBrowser(t, 1280, 1000)
	browserLogin(t, ctx, e.ts.URL, uInspector, testPass)
	if err := chromedp.Do(ctx, chromedp.Navigate(e.ts.URL+"/audits/"+itoa(e.audit.ID)+"/report"), chromedp.WaitVisible("svg.chart")); err != nil {
		t.Fatal(err)
	}
	bad, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const out = [];
		let n = 0;
		for (const r of document.querySelectorAll("svg.chart rect.bar")) {
			const want = parseFloat(r.getAttribute("width")), got = r.getBBox().width;
			if (r.closest("g.legend")) continue;
			n++;
			if (Math.abs(want - got) > 0.5) out.push(want + "≠" + got);
		}
		return n === 0 ? "no bars" : out.join(", ");
	})()`))
	if err != nil || bad != "" {
		t.Fatalf("bars drawn at the wrong length: %s %v", bad, err)
	}
}
