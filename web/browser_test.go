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

	"github.com/chromedp/chromedp"
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

var scoredRe = regexp.MustCompile(`(\d+) av (\d+)`)

// scoredOf reads "k av n" from the progress cell of a committee on the overview.
func scoredOf(t *testing.T, ctx context.Context, base, committee string) int {
	t.Helper()
	var rows []map[string]string
	_ = rows
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(() => {
		for (const tr of document.querySelectorAll("table.progress tbody tr")) {
			if (tr.querySelector("th").textContent.trim() === %q) return tr.children[2].textContent;
		}
		return "";
	})()`, committee)))
	if err != nil {
		t.Fatal(err)
	}
	m := scoredRe.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no progress for %s in %q", committee, text)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// TestBrowserReview drives the whole program in Debian's chromium: log in, open a case, see
// the screening evidence, score every criterion with the keyboard, submit, and see the
// overview's progress change.
func TestBrowserReview(t *testing.T) {
	needChromium(t)
	ds := startDemo(t)
	ctx := newBrowser(t, 1280, 1000)
	browserLogin(t, ctx, ds.URL, "inspektor", ds.Passwords["inspektor"])

	// the audit overview and a committee's progress before
	if err := chromedp.Do(ctx, chromedp.Click(`a[href^="/audits/"]`), chromedp.WaitVisible("table.progress")); err != nil {
		t.Fatal(err)
	}
	overview, _ := chromedp.Run(ctx, chromedp.Location())
	committee, err := chromedp.Run(ctx, chromedp.Text("table.progress tbody tr th a"))
	if err != nil {
		t.Fatal(err)
	}
	committee = strings.TrimSpace(committee)
	before := scoredOf(t, ctx, ds.URL, committee)

	// the committee's case list, then the first case not started
	if err := chromedp.Do(ctx, chromedp.Click("table.progress tbody tr th a"), chromedp.WaitVisible("table.cases")); err != nil {
		t.Fatal(err)
	}
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		for (const tr of document.querySelectorAll("table.cases tbody tr")) {
			if (tr.textContent.includes("ej påbörjad")) return tr.querySelector("a").getAttribute("href");
		}
		return "";
	})()`))
	if err != nil || href == "" {
		t.Fatalf("no unscored case: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+href), chromedp.WaitVisible("#scoreform")); err != nil {
		t.Fatal(err)
	}
	// the evidence: highlighted in the page text and linked from the criteria
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".page-text mark[id]").length`))
	if err != nil || marks == 0 {
		t.Fatalf("no highlighted evidence on the review page (%d, %v)", marks, err)
	}
	link, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const a = document.querySelector(".evidence a[href^='#ev-']"); return a ? a.getAttribute("href") : ""; })()`))
	if err != nil || link == "" {
		t.Fatalf("no evidence link: %v", err)
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(`document.querySelectorAll(%q).length`, link))); n != 1 {
		t.Fatalf("evidence link %s points at %d elements", link, n)
	}

	// score with the keyboard: focus the first criterion, "1" four times (ja, and on to the
	// next criterion each time), then Enter on the focused "Skicka in"
	err = chromedp.Do(ctx,
		chromedp.Focus(`fieldset.criterion input[type=radio]`),
		chromedp.KeyEvent("1"), chromedp.KeyEvent("1"), chromedp.KeyEvent("1"), chromedp.KeyEvent("1"),
	)
	if err != nil {
		t.Fatal(err)
	}
	checked, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#scoreform input[type=radio][value=yes]:checked").length`))
	focused, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id`))
	if checked != 4 || focused != "submit" {
		t.Fatalf("after 1 1 1 1: %d criteria ja, focus on %q; want 4 and the submit button", checked, focused)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("\r"), chromedp.WaitVisible(".notice.ok")); err != nil {
		t.Fatal(err)
	}
	state, _ := chromedp.Run(ctx, chromedp.Text("#state"))
	if state != "inskickad" {
		t.Fatalf("state after submit: %q", state)
	}
	// the overview shows the progress
	if err := chromedp.Do(ctx, chromedp.Navigate(overview), chromedp.WaitVisible("table.progress")); err != nil {
		t.Fatal(err)
	}
	if after := scoredOf(t, ctx, ds.URL, committee); after != before+1 {
		t.Fatalf("scored in %s: %d before, %d after; want +1", committee, before, after)
	}
	// Shift+N goes on to the next unscored case
	if err := chromedp.Do(ctx, chromedp.Navigate(ds.URL+href), chromedp.WaitVisible("#scoreform"), chromedp.KeyEvent("N")); err != nil {
		t.Fatal(err)
	}
	// wait for the navigation itself (not for a while), then for the new page's form
	for deadline := time.Now().Add(15 * time.Second); ; {
		if loc, err := chromedp.Run(ctx, chromedp.Location()); err == nil && !strings.HasSuffix(loc, href) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Shift+N stayed on %s", href)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible("#scoreform")); err != nil {
		t.Fatal(err)
	}
}

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
	shoot(ctx, "05-review", ds.URL+"/items/1")
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
	shoot(rctx, "16-researcher-results", ds.URL+"/audits/1/report")
	// the demo's signed decision, its open requirement, and the self-audit's follow-ups
	shoot(ctx, "17-decisions", ds.URL+"/audits/1/decisions")
	shoot(ctx, "18-decision", ds.URL+"/decisions/1")
	shoot(ctx, "19-followups", ds.URL+"/audits/2/followups")
	shoot(rctx, "20-researcher-followups", ds.URL+"/audits/2/followups")
}
