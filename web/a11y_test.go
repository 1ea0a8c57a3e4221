package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axePath is axe-core as `make a11y-deps` installs it from npm.
const axePath = "a11y/node_modules/axe-core/axe.min.js"

type axeViolation struct {
	ID          string `json:"id"`
	Impact      string `json:"impact"`
	Description string `json:"description"`
	Nodes       []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// axeCheck injects axe-core into the page in ctx and returns its WCAG 2.0/2.1 A and AA
// violations.
func axeCheck(t *testing.T, ctx context.Context, axe string) []axeViolation {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](axe+"\n;true")); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
		.then(r => JSON.stringify(r.violations))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe.run: %v", err)
	}
	var vs []axeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatal(err)
	}
	return vs
}

// TestAccessibility runs axe-core (from npm, see the Makefile's a11y-deps) on the login,
// queue, review, final-case, adjudication, report and admin pages of the demo: no WCAG 2.1
// A/AA violation may be found.
func TestAccessibility(t *testing.T) {
	needChromium(t)
	src, err := os.ReadFile(axePath)
	if err != nil {
		if inCI() {
			t.Fatalf("CI=true but axe-core is missing (%v): make a11y-deps installs it", err)
		}
		t.Skipf("axe-core not installed (make a11y-deps): %v", err)
	}
	axe := string(src)
	ds := startDemo(t)
	// the demo reviews on its own: final cases and a disagreement to adjudicate
	ctx := newBrowser(t, 1280, 1000)
	check := func(name, url string, ready string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(ready)); err != nil {
			t.Fatalf("%s (%s): %v", name, url, err)
		}
		for _, v := range axeCheck(t, ctx, axe) {
			var where []string
			for i, n := range v.Nodes {
				if i == 3 {
					where = append(where, fmt.Sprintf("… %d more", len(v.Nodes)-3))
					break
				}
				where = append(where, fmt.Sprintf("%v %s", n.Target, n.HTML))
			}
			t.Errorf("%s: %s (%s): %s\n    %s", name, v.ID, v.Impact, v.Description, strings.Join(where, "\n    "))
		}
	}
	check("login", ds.URL+"/login", "#name")
	// the check itself finds what it should: a field without a label is a violation
	evalJS[bool](t, ctx, `document.querySelector("main").insertAdjacentHTML("beforeend", '<input type="text" id="unlabelled">'); true`)
	if vs := axeCheck(t, ctx, axe); len(vs) == 0 {
		t.Fatal("axe-core found nothing wrong with an unlabelled field: the check does not work")
	}
	browserLogin(t, ctx, ds.URL, "admin", ds.Passwords["admin"])
	check("queue", ds.URL+"/", "main h1")
	open := evalJS[string](t, ctx, `(() => { const a = document.querySelector("tr.q-not_started a"); return a ? a.getAttribute("href") : ""; })()`)
	final := evalJS[string](t, ctx, `(() => { const a = document.querySelector("tr.q-final a"); return a ? a.getAttribute("href") : ""; })()`)
	if open == "" || final == "" {
		t.Fatalf("the queue has no open (%q) or no final (%q) case", open, final)
	}
	check("review", ds.URL+open, "#scoreform")
	check("final case", ds.URL+final, "#final")
	makeDisagreement(t, ctx, ds)
	check("disagreements", ds.URL+"/audits/1/disagreements", "main h1")
	adj := evalJS[string](t, ctx, `(() => { const a = document.querySelector("a[href$='/adjudicate']"); return a ? a.getAttribute("href") : ""; })()`)
	if adj == "" {
		t.Fatal("no disagreement to adjudicate in the demo")
	}
	check("adjudication", ds.URL+adj, "main h1")
	check("audit", ds.URL+"/audits/1", "table.progress")
	check("assign", ds.URL+"/audits/1/assign", "main h1")
	check("report", ds.URL+"/audits/1/report", "main h1")
	check("admin users", ds.URL+"/admin/users", "main h1")
	// the supervision around the review: set-up, requests, decisions, follow-ups
	check("set-up", ds.URL+"/audits/1/setup", "main h1")
	check("requests", ds.URL+"/audits/1/requests", "main h1")
	check("decisions", ds.URL+"/audits/1/decisions", "main h1")
	check("new audit", ds.URL+"/admin/audits/new", "main h1")
}

// makeDisagreement has two reviewers disagree on a double-reviewed case of the demo not yet
// judged (with `tillsyn scores import`), so that there is something to adjudicate. The
// browser in ctx must be logged in as someone who sees the queue.
func makeDisagreement(t *testing.T, ctx context.Context, ds *demoServer) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+"/"), chromedp.WaitVisible("main h1")); err != nil {
		t.Fatal(err)
	}
	// a double-reviewed case at most one reviewer has judged (the demo's scores.csv: Nämnd;
	// Diarienummer;Granskare;Kriterium;Bedömning;Kommentar)
	judged, err := os.ReadFile("../testdata/demo/scores.csv")
	if err != nil {
		t.Fatal(err)
	}
	reviewers := map[string]map[string]bool{} // diarienummer → reviewers
	needs := map[string]string{}              // diarienummer → the verdict on needs_assessment
	for _, line := range strings.Split(string(judged), "\n")[1:] {
		f := strings.Split(line, ";")
		if len(f) < 5 {
			continue
		}
		if reviewers[f[1]] == nil {
			reviewers[f[1]] = map[string]bool{}
		}
		reviewers[f[1]][f[2]] = true
		if f[3] == "needs_assessment" {
			needs[f[1]] = f[4]
		}
	}
	rows := evalJS[[][]string](t, ctx, `Array.from(document.querySelectorAll("tr.q-not_started")).filter(tr => tr.querySelector(".tag")).map(tr => [tr.children[1].textContent.trim(), tr.querySelector("a").textContent.trim()])`)
	var dbl []string
	for _, r := range rows {
		if len(reviewers[r[1]]) < 2 {
			dbl = r
			break
		}
	}
	if dbl == nil {
		t.Fatal("no double-reviewed case left for a second reviewer")
	}
	var csv strings.Builder
	csv.WriteString("committee,diarienummer,reviewer,criterion,verdict,comment,elements,handover\n")
	add := func(who, first string) {
		for _, c := range []string{"needs_assessment", "planning", "follow_up"} {
			v, com := "ja", ""
			if c == "needs_assessment" && first != "ja" {
				v, com = first, "Ingen utredning i akten"
			}
			fmt.Fprintf(&csv, "%s,%s,%s,%s,%s,%s,,\n", dbl[0], dbl[1], who, c, v, com)
		}
		fmt.Fprintf(&csv, "%s,%s,%s,assignment_description,ja,,abcdef,ja\n", dbl[0], dbl[1], who)
	}
	if len(reviewers[dbl[1]]) == 0 {
		add("granskare-a", "ja")
		add("granskare-b", "nej")
	} else if needs[dbl[1]] == "ja" {
		add("granskare-b", "nej")
	} else {
		add("granskare-b", "ja")
	}
	f := t.TempDir() + "/oense.csv"
	if err := os.WriteFile(f, []byte(csv.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(ds.Bin, "scores", "import", "--data", ds.Data, "--audit", "Demo Värmland 2015", f).CombinedOutput(); err != nil {
		t.Fatalf("scores import: %v\n%s\n%s", err, out, csv.String())
	}
}
