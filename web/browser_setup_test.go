package web_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserSetUpAndRequestFiles walks the first half of a supervision in Debian's chromium,
// as its users would: an inspector creates an audit, uploads a case list with one bad row and
// sees its line, imports the rest, draws a sample, reads the protocol and makes and prints
// the request letters; the committee's contact opens the upload link without an account and
// uploads files for two cases, one of them not a PDF; the tracking view shows what was
// received, what is missing and the bad file. The link refuses another committee's case, a
// ZIP with paths outside itself, a zip bomb, and, once revoked, everything.
func TestBrowserSetUpAndRequestFiles(t *testing.T) {
	needChromium(t)
	ds := startDemo(t)
	dir := t.TempDir()
	ctx := newBrowser(t, 1280, 1000)
	browserLogin(t, ctx, ds.URL, "inspektor", ds.Passwords["inspektor"])
	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			body, _ := chromedp.Run(ctx, chromedp.Text("main"))
			t.Fatalf("%s: %v\n%s", what, err, body)
		}
	}
	// TILLSYN_SCREENSHOTS=DIR keeps a screenshot of each step (the README's pictures)
	shot := func(c context.Context, name string) {
		t.Helper()
		dir := os.Getenv("TILLSYN_SCREENSHOTS")
		if dir == "" {
			return
		}
		buf, err := chromedp.Run(c, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := func(c context.Context, sel string) string {
		t.Helper()
		s, err := chromedp.Run(c, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	// 1. create the audit
	run("new audit", chromedp.Navigate(ds.URL+"/audits"), chromedp.Click(`a[href="/admin/audits/new"]`), chromedp.WaitVisible("#name"),
		chromedp.SendKeys("#name", "Webbtillsyn 2015"), chromedp.Submit("#name"), chromedp.WaitVisible("#files"))
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	m := regexp.MustCompile(`/audits/(\d+)/setup`).FindStringSubmatch(loc)
	if m == nil {
		t.Fatalf("after creating the audit: %s", loc)
	}
	audit := ds.URL + "/audits/" + m[1]

	// 2. a case list with one bad row (line 27: a date written the wrong way)
	demo, err := os.ReadFile("../testdata/demo/caselist.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(demo), "\r\n"), "\n")
	bad := strings.Replace(strings.Replace(lines[1], "SN 2015/111", "SN 2015/999", 1), "2015-01-26", "26/01/2015", 1)
	list := filepath.Join(dir, "lista.csv")
	if err := os.WriteFile(list, []byte(strings.Join(append(lines, bad), "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	run("strict import", chromedp.SetUploadFiles("#files", []string{list}), chromedp.Click("#import-submit"), chromedp.WaitVisible("#invalid-rows"))
	if rows := text(ctx, "#invalid-rows"); !strings.Contains(rows, "lista.csv:27: decision_date:") || strings.Count(strings.TrimSpace(rows), "\n") != 0 {
		t.Fatalf("the invalid rows: %q", rows)
	}
	shot(ctx, "chain-1-import")
	run("import the valid rows", chromedp.Click("#import-valid"), chromedp.WaitVisible("#import-ok"))
	if ok := text(ctx, "#import-ok"); !strings.Contains(ok, "25 ärenden") || !strings.Contains(ok, "1 ogiltig rad") {
		t.Fatalf("after importing the valid rows: %q", ok)
	}
	if frame := text(ctx, "table.frame tfoot"); !strings.Contains(frame, "25") {
		t.Fatalf("the frame: %q", frame)
	}

	// 3. draw the sample: 2 per committee, 1 reserve, and read the protocol
	run("draw", chromedp.SendKeys("#seed", "webb-2015"), chromedp.SetValue("#per_committee", "2"), chromedp.SetValue("#reserves", "1"),
		chromedp.Click("#draw-submit"), chromedp.WaitVisible("#protocol"))
	if p := text(ctx, "#protocol"); !strings.Contains(p, "webb-2015") || !strings.Contains(p, "Forshaga") {
		t.Fatalf("protocol: %q", p)
	}
	shot(ctx, "chain-2-sample")
	sampleOut, _, code := runCLI(t, ds, "sample", "verify", "--audit", "Webbtillsyn 2015")
	if code != 0 {
		t.Fatalf("the web's sample does not verify with the CLI: %s", sampleOut)
	}

	// 4. the request letters, recorded; print one, and its PDF
	run("letters", chromedp.Navigate(audit+"/requests"), chromedp.WaitVisible("#letterform"),
		chromedp.SetValue("#deadline", "2099-01-15"), chromedp.Click("#letters-submit"), chromedp.WaitVisible("#letters-made"))
	letterHref, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		for (const li of document.querySelectorAll("#letters-made li")) if (li.textContent.startsWith("Forshaga")) return li.querySelector("a.letter-link").getAttribute("href");
		return ""; })()`))
	if err != nil || letterHref == "" {
		t.Fatalf("no letter to Forshaga: %v", err)
	}
	pdfType, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`fetch(%q).then(async r => r.headers.get("content-type") + " " + (await r.text()).slice(0, 5))`, letterHref+"/pdf"), chromedp.EvalAwaitPromise))
	if err != nil || pdfType != "application/pdf %PDF-" {
		t.Fatalf("the letter's PDF: %q %v", pdfType, err)
	}
	run("print the letter", chromedp.Navigate(ds.URL+letterHref), chromedp.WaitVisible("p.link"))
	letterText := text(ctx, "body")
	for _, w := range []string{"Begäran om handlingar", "Socialnämnden i Forshaga", "15 januari 2099", "Reservärenden"} {
		if !strings.Contains(letterText, w) {
			t.Errorf("the letter lacks %q", w)
		}
	}
	shot(ctx, "chain-3-letter")
	uploadURL := strings.TrimSpace(text(ctx, "p.link"))
	if !strings.HasPrefix(uploadURL, ds.URL+"/upload/") {
		t.Fatalf("the letter's link: %q", uploadURL)
	}
	// another committee's case, for the refusal below
	run("a Hammarö case", chromedp.Navigate(audit+"/committees/Hammar%C3%B6"), chromedp.WaitVisible("table.cases"))
	otherItem, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('table.cases a[href^="/items/"]').getAttribute("href").split("/")[2]`))
	if err != nil {
		t.Fatal(err)
	}

	// 5. the committee's contact, in a browser of their own without an account
	cctx := newBrowser(t, 1280, 1000)
	if err := chromedp.Do(cctx, chromedp.Navigate(uploadURL), chromedp.WaitVisible("section.upload-case")); err != nil {
		t.Fatal(err)
	}
	ids, err := chromedp.Run(cctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("section.upload-case")].map(s => s.id.slice(5))`))
	if err != nil || len(ids) < 3 {
		t.Fatalf("cases on the upload page: %v %v", ids, err)
	}
	pdf := filepath.Join(dir, "Utredning.pdf")
	copyFile(t, "../testdata/demo/casefiles/forshaga_SN-2014-294/01 Utredning.pdf", pdf)
	notPDF := filepath.Join(dir, "Journal.docx")
	os.WriteFile(notPDF, []byte("PK\x03\x04 a word document"), 0o600)
	upload := func(id string, files ...string) string {
		t.Helper()
		// from a fresh page, so the result waited for is this upload's, not the last one's
		if err := chromedp.Do(cctx, chromedp.Navigate(uploadURL), chromedp.WaitVisible("#files-"+id),
			chromedp.SetUploadFiles("#files-"+id, files), chromedp.Click("#case-"+id+" button"), chromedp.WaitVisible("#upload-result")); err != nil {
			t.Fatalf("upload for case %s: %v", id, err)
		}
		return text(cctx, "#upload-result")
	}
	if r := upload(ids[0], pdf); !strings.Contains(r, "Utredning.pdf: mottagen") {
		t.Fatalf("the PDF: %q", r)
	}
	if r := upload(ids[1], notPDF); !strings.Contains(r, "Journal.docx: inte en PDF") {
		t.Fatalf("the file that is not a PDF: %q", r)
	}
	shot(cctx, "chain-4-upload")
	// a ZIP with a path outside itself, and a zip bomb: refused whole
	slip := writeZip(t, filepath.Join(dir, "akt.zip"), map[string][]byte{"../../akt.pdf": mustRead(t, pdf)})
	if r := upload(ids[2], slip); !strings.Contains(r, "ZIP-filen avvisades") {
		t.Fatalf("ZIP slip: %q", r)
	}
	bomb := writeZip(t, filepath.Join(dir, "stor.zip"), map[string][]byte{"stor.pdf": append([]byte("%PDF-1.4\n"), make([]byte, 48<<20)...)})
	if r := upload(ids[2], bomb); !strings.Contains(r, "zipbomb") {
		t.Fatalf("zip bomb: %q", r)
	}
	// another committee's case through this link: refused
	status, err := chromedp.Run(cctx, chromedp.Evaluate[int](fmt.Sprintf(`(() => {
		const f = new FormData(document.querySelector("section.upload-case form"));
		f.set("case", %q); f.set("files", new Blob(["%%PDF-1.4"]), "x.pdf");
		return fetch(location.pathname, {method: "POST", body: f}).then(r => r.status); })()`, otherItem), chromedp.EvalAwaitPromise))
	if err != nil || status != 403 {
		t.Fatalf("another committee's case through the link: %d %v", status, err)
	}

	// 6. the tracking view: Forshaga received 1, the others missing, the bad file listed
	run("tracking", chromedp.Navigate(audit+"/requests"), chromedp.WaitVisible("#tracking"))
	row := text(ctx, `#tracking tr[data-committee="Forshaga"]`)
	shot(ctx, "chain-5-tracking")
	if !regexp.MustCompile(`2099-01-15\s+2\s+1\s+SN`).MatchString(row) {
		t.Fatalf("Forshaga's row: %q", row)
	}
	problems := text(ctx, "#problems")
	if !strings.Contains(problems, "Journal.docx") || !strings.Contains(problems, "inte en PDF") || strings.Count(problems, "ZIP-filen avvisades") != 2 {
		t.Fatalf("problems: %q", problems)
	}
	if out, _, _ := runCLI(t, ds, "requests", "--audit", "Webbtillsyn 2015", "--json"); !strings.Contains(compactJSON(out), `"committee":"Forshaga","deadline":"2099-01-15","requested":2,"received":1`) {
		t.Fatalf("requests --json disagrees with the page:\n%s", out)
	}

	// 7. revoke the link: the contact's page and posts are refused
	run("revoke", chromedp.Click(`#tracking tr[data-committee="Forshaga"] form button`), chromedp.WaitVisible(".notice.ok"))
	if err := chromedp.Do(cctx, chromedp.Navigate(uploadURL), chromedp.WaitVisible("main")); err != nil {
		t.Fatal(err)
	}
	if body := text(cctx, "main"); !strings.Contains(body, "återkallats") || strings.Contains(body, "Skicka filerna") {
		t.Fatalf("the revoked link: %q", body)
	}
}

// runCLI runs the demo's binary against its data directory.
func runCLI(t *testing.T, ds *demoServer, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(ds.Bin, append(args, "--data", ds.Data)...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code := 0
	if err != nil {
		code = cmd.ProcessState.ExitCode()
	}
	return o.String(), e.String(), code
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	if err := os.WriteFile(to, mustRead(t, from), 0o600); err != nil {
		t.Fatal(err)
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeZip(t *testing.T, p string, entries map[string][]byte) string {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range entries {
		w, _ := zw.Create(name)
		w.Write(data)
	}
	zw.Close()
	if err := os.WriteFile(p, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func compactJSON(s string) string {
	return regexp.MustCompile(`\s*\n\s*|:\s+`).ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasPrefix(m, ":") {
			return ":"
		}
		return ""
	})
}
