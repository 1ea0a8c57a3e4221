package web_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tillsyn/review"
)

// TestBrowserDecisionChain walks part B of the chain in chromium as the inspector would:
// the reviews of a committee are entered on the review page (one file lacks a follow-up),
// the decision is drafted from the findings, edited (a committee-level finding added) and
// signed (a wrong password refused), the committee's report is received (a file uploaded)
// and the requirement accepted and closed. With TILLSYN_SCREENSHOTS=DIR it saves a
// screenshot of each step there.
func TestBrowserDecisionChain(t *testing.T) {
	needChromium(t)
	e := newEnv(t, envOptions{})
	shots := os.Getenv("TILLSYN_SCREENSHOTS")
	ctx := newBrowser(t, 1280, 1000)
	base := e.ts.URL
	shot := func(name string) {
		if shots == "" {
			return
		}
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := func(sel string) string {
		s, err := chromedp.Run(ctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	value := func(sel string) string {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("`+sel+`").value`))
		if err != nil {
			t.Fatalf("value of %s: %v", sel, err)
		}
		return s
	}
	do := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			body, _ := chromedp.Run(ctx, chromedp.Text("main"))
			t.Fatalf("%s: %v\n%s", what, err, body)
		}
	}
	// waitText waits until sel's text holds want (a flash of the page before may still show)
	waitText := func(sel, want string) {
		t.Helper()
		for deadline := time.Now().Add(30 * time.Second); ; {
			if s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const e = document.querySelector("`+sel+`"); return e ? e.textContent : ""; })()`)); err == nil && strings.Contains(s, want) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s never says %q", sel, want)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	browserLogin(t, ctx, base, uInspector, testPass)

	// the reviews: every Forshaga case on the review page, with the keyboard (1 = ja on
	// each criterion); the first case lacks a documented follow-up
	ctxb := context.Background()
	first := true
	for _, it := range e.items {
		if it.Committee != ownCommitee {
			continue
		}
		do("open "+it.Diarienummer, chromedp.Navigate(base+"/items/"+strconv.FormatInt(it.ID, 10)), chromedp.WaitVisible("#scoreform"),
			chromedp.Focus(`fieldset.criterion input[type=radio]`), chromedp.KeyEvent("1"), chromedp.KeyEvent("1"), chromedp.KeyEvent("1"), chromedp.KeyEvent("1"))
		if first {
			do("follow-up nej", chromedp.Click(`input[name=verdict_follow_up][value=no]`), chromedp.SendKeys("#comment_follow_up", "Ingen genomförd uppföljning i akten."))
			shot("b01-review")
		}
		first = false
		do("submit "+it.Diarienummer, chromedp.Click("#submit"), chromedp.WaitVisible(".notice.ok"))
		// a case drawn for double review gets the admin's same judgement (the second reviewer)
		if _, double, err := e.st.ScoresAndDouble(ctxb, it.ID); err != nil {
			t.Fatal(err)
		} else if double {
			mine, err := e.svc.VisibleScores(ctxb, uInspector, it.ID)
			if err != nil {
				t.Fatal(err)
			}
			var in []review.ScoreInput
			for _, sc := range mine {
				in = append(in, review.ScoreInput{Criterion: sc.Criterion, Verdict: sc.Verdict, Comment: sc.Comment, Elements: sc.Elements})
			}
			if _, err := e.svc.SaveScores(ctxb, uAdmin, it.ID, in, true); err != nil {
				t.Fatal(err)
			}
		}
	}

	// the decisions page: draft Forshaga's decision from the findings
	aid := strconv.FormatInt(e.audit.ID, 10)
	due := time.Now().AddDate(0, 2, 0).Format("2006-01-02")
	do("decisions page", chromedp.Navigate(base+"/audits/"+aid+"/decisions"), chromedp.WaitVisible("table.decisions"))
	do("set due date", chromedp.SetValue(`input[id="due-`+ownCommitee+`"]`, due))
	shot("b02-decisions")
	do("draft", chromedp.Click(`input[value="`+ownCommitee+`"] ~ button`), chromedp.WaitVisible("#redigera"))
	findings := value("#d-findings")
	if !strings.Contains(findings, "saknades dokumenterad uppföljning helt i en") {
		t.Fatalf("the draft does not quote the finding with its count:\n%s", findings)
	}
	if req := value("#d-req"); !strings.Contains(req, "Krav på åtgärder") {
		t.Fatalf("the draft demands no action:\n%s", req)
	}
	// edit: a finding at committee level, not about files
	do("edit", chromedp.SendKeys("#d-committee", "Nämnden styr mot hemmaplanslösningar utan att behoven är utredda."),
		chromedp.Click(`#redigera button[type=submit]`))
	waitText(".notice.ok", "sparade")
	shot("b03-draft")
	// sign: a wrong password is refused, the right one locks the decision
	do("sign with a wrong password", chromedp.SendKeys("#sign-pw", "fel-lösenord"), chromedp.Click(`.sign-box button[type=submit]`), chromedp.WaitVisible("#felmeddelande"))
	if msg := text("#felmeddelande"); !strings.Contains(msg, "Fel lösenord") {
		t.Fatalf("wrong password: %q", msg)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	// the refused form is shown again at /decisions/ID/sign
	id, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimPrefix(strings.SplitN(strings.TrimPrefix(loc, base), "?", 2)[0], "/decisions/"), "/sign"), 10, 64)
	if _, d, err := e.svc.DecisionByID(ctxb, id); err != nil || d.Signed() {
		t.Fatalf("signed after a wrong password (%v)", err)
	}
	do("sign", chromedp.SendKeys("#sign-pw", testPass), chromedp.Click(`.sign-box button[type=submit]`), chromedp.WaitVisible("#krav"))
	if s := text(".notice.ok"); !strings.Contains(s, "undertecknat") {
		t.Fatalf("after signing: %q", s)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#redigera, #sign-pw").length`)); n != 0 {
		t.Fatal("a signed decision still has its edit or sign form")
	}
	if doc := text(".decision-doc"); !strings.Contains(doc, "hemmaplanslösningar") || !strings.Contains(doc, "Nämnden ska senast "+due) {
		t.Fatalf("the signed decision:\n%s", doc)
	}
	shot("b04-signed")
	do("print", chromedp.Navigate(base+"/decisions/"+strconv.FormatInt(id, 10)+"/print"), chromedp.WaitVisible(".decision-doc"))
	shot("b05-print")

	// the committee's report comes in, is accepted, and the matter is closed
	report := filepath.Join(t.TempDir(), "Forshaga redovisning.pdf")
	os.WriteFile(report, []byte("%PDF-1.4 redovisning av åtgärder"), 0o600)
	do("open decision", chromedp.Navigate(base+"/decisions/"+strconv.FormatInt(id, 10)), chromedp.WaitVisible("#r-file"))
	do("receive", chromedp.SetUploadFiles("#r-file", []string{report}), chromedp.Click(`form[aria-labelledby=h-recv] button`), chromedp.WaitVisible(".notice.ok"))
	if s := text(".requirement dl"); !strings.Contains(s, "redovisning inkommen") || !strings.Contains(s, "Forshaga redovisning.pdf") {
		t.Fatalf("after receiving: %s", s)
	}
	shot("b06-received")
	do("accept", chromedp.SendKeys("#a-note", "Rutin för uppföljning är införd."), chromedp.Click(`#a-note ~ button, form:has(#a-note) button`), chromedp.WaitVisible("#c-note"))
	do("close", chromedp.Click(`form:has(#c-note) button`), chromedp.WaitNotPresent("#c-note"), chromedp.WaitVisible(".notice.ok"))
	if s := text(".requirement dl"); !strings.Contains(s, "avslutat") {
		t.Fatalf("after closing: %s", s)
	}
	if h := text("ol.history"); strings.Count(h, "\n")+1 < 4 || !strings.Contains(h, "åtgärderna godtagna") {
		t.Fatalf("history: %s", h)
	}
	shot("b07-closed")
	_, rs, _ := e.svc.Requirements(ctxb, testAudit)
	if len(rs) != 1 || rs[0].Status != review.ReqClosed {
		t.Fatalf("requirements: %+v", rs)
	}
}
