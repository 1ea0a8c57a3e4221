package web_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const chromiumPath = "/usr/bin/chromium"

// needChromium skips without Debian's chromium, except in CI (CI=true), where it fails.
func needChromium(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if inCI() {
			t.Fatalf("CI=true but %s is missing: %v (.ci/run installs it)", chromiumPath, err)
		}
		t.Skipf("%s not installed", chromiumPath)
	}
}

// buildOnce builds the tillsyn binary once per test run.
var buildOnce struct {
	sync.Once
	path string
	err  error
	out  []byte
}

func tillsynBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tillsyn-bin-")
		if err != nil {
			buildOnce.err = err
			return
		}
		buildOnce.path = filepath.Join(dir, "tillsyn")
		cmd := exec.Command("go", "build", "-tags=sqlite_fts5", "-o", buildOnce.path, "../cmd/tillsyn")
		buildOnce.out, buildOnce.err = cmd.CombinedOutput()
	})
	if buildOnce.err != nil {
		t.Fatalf("go build: %v\n%s", buildOnce.err, buildOnce.out)
	}
	return buildOnce.path
}

// demoServer is `tillsyn serve --demo ../testdata/demo` on 127.0.0.1:0.
type demoServer struct {
	Bin, Data string
	URL       string
	Passwords map[string]string
	Stderr    *strings.Builder
}

var listenRe = regexp.MustCompile(`listens on (http://\S+)`)

func startDemo(t *testing.T) *demoServer {
	t.Helper()
	bin := tillsynBinary(t)
	data := t.TempDir()
	cmd := exec.Command(bin, "serve", "--demo", "../testdata/demo", "--addr", "127.0.0.1:0", "--data", data)
	cmd.Env = append(os.Environ(), "TILLSYN_BCRYPT_COST=4")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	ds := &demoServer{Bin: bin, Data: data, Passwords: map[string]string{}, Stderr: &strings.Builder{}}
	var mu sync.Mutex
	cmd.Stderr = writerFunc(func(p []byte) (int, error) { mu.Lock(); defer mu.Unlock(); return ds.Stderr.Write(p) })
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
		}
		if t.Failed() {
			mu.Lock()
			t.Logf("server stderr:\n%s", ds.Stderr.String())
			mu.Unlock()
		}
	})
	sc := bufio.NewScanner(stdout)
	ready := make(chan error, 1)
	go func() {
		inUsers := false
		for sc.Scan() {
			line := sc.Text()
			if m := listenRe.FindStringSubmatch(line); m != nil {
				ds.URL = m[1]
			}
			if strings.HasPrefix(line, "NAME") {
				inUsers = true
				continue
			}
			if inUsers {
				f := strings.Fields(line)
				if len(f) == 0 {
					ready <- nil
					inUsers = false
					continue
				}
				ds.Passwords[f[0]] = f[len(f)-1]
			}
		}
		ready <- fmt.Errorf("server output ended")
	}()
	select {
	case err := <-ready:
		if err != nil || ds.URL == "" {
			t.Fatalf("server did not start: %v\n%s", err, ds.Stderr.String())
		}
	case <-time.After(90 * time.Second):
		t.Fatalf("server did not start in time\n%s", ds.Stderr.String())
	}
	return ds
}

type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// newBrowser starts headless chromium with a fresh profile.
func newBrowser(t *testing.T, width, height int) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

func browserLogin(t *testing.T, ctx context.Context, base, name, password string) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible("#name"),
		chromedp.SendKeys("#name", name),
		chromedp.SendKeys("#password", password),
		chromedp.Submit("#password"),
		chromedp.WaitVisible("nav.mainnav"),
	)
	if err != nil {
		t.Fatalf("login as %s: %v", name, err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.HasSuffix(loc, "/audits") {
		body, _ := chromedp.Run(ctx, chromedp.Text("main"))
		t.Fatalf("after login at %s: %s", loc, body)
	}
}

// evalJS evaluates an expression in the page.
func evalJS[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// waitJS waits until the expression is true in the page (polling, not sleeping a fixed time).
func waitJS(t *testing.T, ctx context.Context, what, js string) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); ; {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited in vain for %s (%s)", what, js)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// keys presses keys as a keyboard does: one keyDown that carries the character (so that a
// handler's preventDefault keeps it from being typed, as in a real browser) and a keyUp.
// chromedp.KeyEvent sends the character as a separate event no handler can stop.
func keys(ks ...string) []chromedp.Action[chromedp.Void] {
	var out []chromedp.Action[chromedp.Void]
	for _, k := range ks {
		out = append(out, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			for _, r := range k {
				evs := kb.Encode(r)
				var down, up *input.DispatchKeyEventParams
				for _, e := range evs {
					switch e.Type {
					case kb.KeyDown:
						down = e
					case kb.KeyUp:
						up = e
					case kb.KeyChar:
						if down != nil {
							down.Text, down.UnmodifiedText = e.Text, e.UnmodifiedText
						}
					}
				}
				for _, e := range []*input.DispatchKeyEventParams{down, up} {
					if e == nil {
						continue
					}
					if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, *e); err != nil {
						return err
					}
				}
			}
			return nil
		}))
	}
	return out
}

// TestBrowserReview does what a reviewer does, in Debian's chromium: open the queue and the
// next case from it, score with the keyboard only from the moment the page loads, type a
// comment, press every single letter key outside the text fields, reload, close the tab and
// open the case again (nothing lost), submit with two errors and see both, submit and land
// on the next case of the queue, and open the submitted (final) case to find no control.
func TestBrowserReview(t *testing.T) {
	needChromium(t)
	ds := startDemo(t)
	bctx := newBrowser(t, 1280, 1000)
	browserLogin(t, bctx, ds.URL, "inspektor", ds.Passwords["inspektor"])
	ctx, cancelFirst := chromedp.NewContext(bctx) // a tab of its own, to close later
	defer cancelFirst()

	// the queue: a case not drawn for double review (so that it is final once submitted),
	// not started
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+"/"), chromedp.WaitVisible("table.queue-table")); err != nil {
		t.Fatal(err)
	}
	href := evalJS[string](t, ctx, `(() => {
		for (const tr of document.querySelectorAll("table.queue-table tbody tr.q-not_started")) {
			if (!tr.querySelector(".tag")) return tr.querySelector("a").getAttribute("href");
		}
		return "";
	})()`)
	if href == "" {
		t.Fatal("no single-review case not started in the queue")
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+href), chromedp.WaitVisible("#scoreform")); err != nil {
		t.Fatal(err)
	}
	// the evidence: highlighted in the page text and linked from the criteria
	if n := evalJS[int](t, ctx, `document.querySelectorAll(".page-text mark[id]").length`); n == 0 {
		t.Fatal("no highlighted evidence on the review page")
	}
	link := evalJS[string](t, ctx, `(() => { const a = document.querySelector(".evidence a[href^='#ev-']"); return a ? a.getAttribute("href") : ""; })()`)
	if link == "" || evalJS[int](t, ctx, fmt.Sprintf(`document.querySelectorAll(%q).length`, link)) != 1 {
		t.Fatalf("evidence link %q does not point at one highlight", link)
	}
	// nothing pre-filled from the screening
	if v := evalJS[string](t, ctx, `Array.from(document.querySelectorAll("#scoreform input[name^=pages_]")).map(i => i.value).join("")`); v != "" {
		t.Fatalf("evidence fields pre-filled: %q", v)
	}

	// keyboard from the first second: focus is on the first criterion's choice
	focus := `(() => { const e = document.activeElement; const f = e && e.closest("fieldset.criterion"); return f ? f.id + "|" + e.type : (e ? e.tagName : ""); })()`
	first := evalJS[string](t, ctx, `document.querySelector("fieldset.criterion").id`)
	if got := evalJS[string](t, ctx, focus); got != first+"|radio" {
		t.Fatalf("focus on load: %q, want a choice of %s", got, first)
	}
	crit := evalJS[[]string](t, ctx, `Array.from(document.querySelectorAll("fieldset.criterion")).map(f => f.dataset.criterion)`)
	if len(crit) != 4 {
		t.Fatalf("criteria %v", crit)
	}
	// "1": ja for the first, on to the second; "d": delvis, into its comment
	if err := chromedp.Do(ctx, append(keys("1", "d"), chromedp.SendKeys("#comment_"+crit[1], "Planen saknar mätbara mål"))...); err != nil {
		t.Fatal(err)
	}
	checkedOf := func(c string) string {
		return evalJS[string](t, ctx, fmt.Sprintf(`(() => { const r = document.querySelector("input[name=verdict_%s]:checked"); return r ? r.value : ""; })()`, c))
	}
	if checkedOf(crit[0]) != "yes" || checkedOf(crit[1]) != "partly" {
		t.Fatalf("after 1 d: %q %q", checkedOf(crit[0]), checkedOf(crit[1]))
	}
	// click in the document text and press every letter and digit: nothing navigates, nothing changes
	if err := chromedp.Do(ctx, chromedp.Click(".page-text")); err != nil {
		t.Fatal(err)
	}
	var all []string
	for r := 'a'; r <= 'z'; r++ {
		all = append(all, string(r))
	}
	all = append(all, "å", "ä", "ö", "1", "2", "3", "4")
	evalJS[bool](t, ctx, `window.stillHere = true`) // a navigation, even to the same URL, forgets it
	if err := chromedp.Do(ctx, keys(all...)...); err != nil {
		t.Fatal(err)
	}
	// the draft is kept on the server within a moment; give a navigation time to happen
	waitJS(t, ctx, "the draft saved", `document.getElementById("autosave").textContent.startsWith("Utkast sparat")`)
	time.Sleep(time.Second)
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); !strings.HasSuffix(loc, href) || !evalJS[bool](t, ctx, `window.stillHere === true`) {
		t.Fatalf("a single letter left the case: now at %s", loc)
	}
	if checkedOf(crit[0]) != "yes" || checkedOf(crit[1]) != "partly" || checkedOf(crit[2]) != "" {
		t.Fatalf("letters outside the form changed the choices: %q %q %q", checkedOf(crit[0]), checkedOf(crit[1]), checkedOf(crit[2]))
	}
	keptComment := func(c context.Context) string {
		v, err := chromedp.Run(c, chromedp.Evaluate[string](`document.getElementById("comment_`+crit[1]+`").value`))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// reload: still there
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible("#scoreform")); err != nil {
		t.Fatal(err)
	}
	if keptComment(ctx) != "Planen saknar mätbara mål" || checkedOf(crit[1]) != "partly" || !evalJS[bool](t, ctx, `!!document.getElementById("draft-note")`) {
		t.Fatalf("after reload: comment %q, verdict %q", keptComment(ctx), checkedOf(crit[1]))
	}
	// focus now on the first criterion without a choice
	if got := evalJS[string](t, ctx, focus); got != "crit-"+crit[2]+"|radio" {
		t.Fatalf("focus after reload: %q, want the third criterion", got)
	}
	// type more and close the tab at once: the page sends what is there as it goes
	evalJS[bool](t, ctx, `(() => { const c = document.getElementById("comment_`+crit[1]+`"); c.focus(); c.setSelectionRange(c.value.length, c.value.length); return true; })()`)
	if err := chromedp.Do(ctx, keys(" och uppföljning")...); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the draft saved", `document.getElementById("autosave").textContent.startsWith("Utkast sparat")`)
	if err := chromedp.Cancel(ctx); err != nil { // closes the tab
		t.Fatal(err)
	}
	tab, cancelTab := chromedp.NewContext(bctx)
	defer cancelTab()
	ctx = tab
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+href), chromedp.WaitVisible("#scoreform")); err != nil {
		t.Fatal(err)
	}
	if got := keptComment(ctx); got != "Planen saknar mätbara mål och uppföljning" {
		t.Fatalf("after closing the tab: comment %q", got)
	}

	// submit with two errors (nej without a comment, a criterion not judged): both are shown
	if err := chromedp.Do(ctx, keys("n")[0], keys(kb.Escape)[0], chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)), chromedp.WaitVisible("#felmeddelande")); err != nil {
		t.Fatal(err)
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("#felmeddelande .errorlist li").length`); n != 2 {
		t.Fatalf("%d errors listed at the top, want 2: %s", n, evalJS[string](t, ctx, `document.getElementById("felmeddelande").textContent`))
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("fieldset.criterion .field-error").length`); n != 2 {
		t.Fatalf("%d fields marked in error, want 2", n)
	}
	if got := keptComment(ctx); got != "Planen saknar mätbara mål och uppföljning" {
		t.Fatalf("the refused form lost the comment: %q", got)
	}
	// fix both with the keyboard and submit: on to the next case of the queue
	err := chromedp.Do(ctx,
		chromedp.SendKeys("#comment_"+crit[2], "Ingen uppföljning dokumenterad"),
		chromedp.Focus("input[name=verdict_"+crit[3]+"]"), keys("1")[0],
		chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the next case", `location.pathname !== `+strconvQuote(href)+` && !!document.querySelector(".notice.ok")`)
	if msg := evalJS[string](t, ctx, `document.querySelector(".notice.ok").textContent`); !strings.Contains(msg, "nästa ärende i din kö") {
		t.Fatalf("after submit: %q", msg)
	}
	// the submitted case is final: read-only, its verdicts shown, no control anywhere in it
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+href), chromedp.WaitVisible("#final")); err != nil {
		t.Fatal(err)
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("main input:not([type=hidden]), main textarea, main select, main button").length`); n != 0 {
		t.Fatalf("a final case offers %d controls", n)
	}
	if v := evalJS[string](t, ctx, `document.getElementById("final").textContent`); !strings.Contains(v, "Slutlig bedömning: delvis") {
		t.Fatalf("final verdicts not shown: %s", v)
	}

	// a scanned page (no text layer) is shown as its image
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+"/"), chromedp.WaitVisible("table.queue-table")); err != nil {
		t.Fatal(err)
	}
	scanned := evalJS[string](t, ctx, `(() => { for (const a of document.querySelectorAll("table.queue-table a")) { if (a.textContent.trim() === "SN 2014/0542") return a.getAttribute("href"); } return ""; })()`)
	if scanned == "" {
		t.Fatal("the demo's case with a scanned page is not in the queue")
	}
	// (the demo reviews Säffle in full, so this case may be final: the form or the final view)
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+scanned), chromedp.WaitVisible("#scoreform, #final")); err != nil {
		t.Fatal(err)
	}
	// (read by OCR where tesseract is installed, as in CI: its text, marked as recognised,
	// with its image open beside it; else the image alone)
	const scannedImg = `(() => { const s = Array.from(document.querySelectorAll("section.page")).find(x => x.textContent.includes("tolkad med OCR") || x.querySelector("img[alt*='sidan har ingen text']")); return s && s.querySelector("figure.page-image img"); })()`
	evalJS[bool](t, ctx, `(() => { const i = `+scannedImg+`; if (i) i.scrollIntoView(); return !!i; })()`)
	waitJS(t, ctx, "the scanned page's image", `(() => { const i = `+scannedImg+`; return !!i && i.complete && i.naturalWidth > 500; })()`)
}

func strconvQuote(s string) string { return strconv.Quote(s) }

// TestScreenshots saves a screenshot of every page per role when TILLSYN_SCREENSHOTS names a
// directory (to look at them: the pages must look calm, readable and official).
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("TILLSYN_SCREENSHOTS")
	if dir == "" {
		t.Skip("set TILLSYN_SCREENSHOTS=DIR to take screenshots")
	}
	needChromium(t)
	ds := startDemo(t)
	shoot := func(ctx context.Context, name, url string, actions ...chromedp.Action[chromedp.Void]) {
		steps := append([]chromedp.Action[chromedp.Void]{chromedp.Navigate(url), chromedp.WaitReady("body")}, actions...)
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		shot := chromedp.FullScreenshot(100)
		if strings.HasSuffix(name, "-top") {
			shot = chromedp.CaptureScreenshot() // the viewport only, at full resolution
		}
		buf, err := chromedp.Run(ctx, shot)
		if err != nil {
			t.Fatal(err)
		}
		ext := ".png"
		if err := os.WriteFile(filepath.Join(dir, name+ext), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := newBrowser(t, 1280, 1000)
	shoot(ctx, "01-login", ds.URL+"/login")
	browserLogin(t, ctx, ds.URL, "admin", ds.Passwords["admin"])
	shoot(ctx, "02-audits", ds.URL+"/audits")
	shoot(ctx, "03-overview", ds.URL+"/audits/1")
	committee, _ := chromedp.Run(ctx, chromedp.Text("table.progress tbody tr th a"))
	shoot(ctx, "04-committee", ds.URL+"/audits/1/committees/"+strings.TrimSpace(committee))
	shoot(ctx, "04-queue", ds.URL+"/")
	shoot(ctx, "05-review", ds.URL+"/items/1")
	// a page with evidence as an image beside its text, the marks in the criteria's colours
	shoot(ctx, "05-review-page-image-top", ds.URL+"/items/1", chromedp.Func(func(c context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Evaluate[bool](`(() => {
		const d = Array.from(document.querySelectorAll("details.page-image-toggle")).find(x => x.textContent.includes("markerade"));
		if (!d) return false;
		d.open = true; d.scrollIntoView({block: "start"}); return true;
	})()`)(c, tg)
		return err
	}), chromedp.WaitReady("details.page-image-toggle[open] img"), chromedp.Sleep(1500*time.Millisecond))
	shoot(ctx, "05-review-top", ds.URL+"/items/1")
	shoot(ctx, "05-review-evidence-top", ds.URL+"/items/1", chromedp.Click(".evidence a[href^='#ev-']"))
	shoot(ctx, "06-review-invalid-top", ds.URL+"/items/2", chromedp.Click(`input[name=verdict_needs_assessment][value=no]`), chromedp.Click("#submit"), chromedp.WaitVisible(".notice.error"))
	shoot(ctx, "07-replace", ds.URL+"/items/1/replace")
	shoot(ctx, "08-search", ds.URL+"/audits/1/search", chromedp.SendKeys("#q", "uppföljning"), chromedp.Submit("#q"), chromedp.WaitVisible("ol.hits"))
	shoot(ctx, "09-disagreements", ds.URL+"/audits/1/disagreements")
	shoot(ctx, "10-adjudicate", ds.URL+"/items/1/adjudicate")
	shoot(ctx, "11-users", ds.URL+"/admin/users")
	shoot(ctx, "12-notfound", ds.URL+"/items/999999")
	rctx := newBrowser(t, 1280, 1000)
	browserLogin(t, rctx, ds.URL, "forskare", ds.Passwords["forskare"])
	shoot(rctx, "13-researcher-overview", ds.URL+"/audits/1")
	shoot(rctx, "14-researcher-case", ds.URL+"/items/1")
	// the findings (the demo has reviewed one committee in full and part of another)
	shoot(ctx, "15-report", ds.URL+"/audits/1/report")
	makeDisagreement(t, ctx, ds)
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+"/audits/1/disagreements"), chromedp.WaitVisible("main h1")); err != nil {
		t.Fatal(err)
	}
	if adj, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const a = document.querySelector("a[href$='/adjudicate']"); return a ? a.getAttribute("href") : ""; })()`)); adj != "" {
		shoot(ctx, "19-adjudicate-disagreement", ds.URL+adj)
		shoot(ctx, "20-awaiting-adjudication", ds.URL+strings.TrimSuffix(adj, "/adjudicate"))
	}
	shoot(ctx, "17-assign", ds.URL+"/audits/1/assign")
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+"/"), chromedp.WaitVisible("main h1")); err != nil {
		t.Fatal(err)
	}
	if final, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const a = document.querySelector("tr.q-final a"); return a ? a.getAttribute("href") : ""; })()`)); final != "" {
		shoot(ctx, "18-final-case", ds.URL+final)
	}
	shoot(rctx, "16-researcher-results", ds.URL+"/audits/1/report")
	// the demo's signed decision, its open requirement, and the self-audit's follow-ups
	shoot(ctx, "17-decisions", ds.URL+"/audits/1/decisions")
	shoot(ctx, "18-decision", ds.URL+"/decisions/1")
	shoot(ctx, "19-followups", ds.URL+"/audits/2/followups")
	shoot(rctx, "20-researcher-followups", ds.URL+"/audits/2/followups")
}
