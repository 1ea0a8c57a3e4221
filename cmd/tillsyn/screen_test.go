package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"tillsyn/review/pdftext"
	"time"

	"tillsyn/review/screen"
)

var (
	sharedDir = filepath.Join("..", "..", "..", "shared")
	demoDir   = filepath.Join("..", "..", "testdata", "demo")
)

// screenDocT is a document in `screen --json`.
type screenDocT struct {
	File             string  `json:"file"`
	Pages            int     `json:"pages"`
	Status           string  `json:"status"`
	Error            *string `json:"error"`
	OCRPages         []int   `json:"ocr_pages"`
	PagesWithoutText []int   `json:"pages_without_text"`
}

// needOCR reports whether tesseract with Swedish is installed; in CI it must be.
func needOCR(t *testing.T) bool {
	t.Helper()
	on, why := pdftext.New(pdftext.Options{OCR: pdftext.OCRAuto}).OCRStatus()
	if !on && os.Getenv("CI") == "true" {
		t.Fatalf("OCR is required in CI: %s", why)
	}
	return on
}

func TestScreenJSON(t *testing.T) {
	cf := filepath.Join(demoDir, "casefiles")
	out, e, code := tillsyn(t, "screen", "--json", "--review-date", "2015-10-01",
		filepath.Join(cf, "hammaro_SON-2015-38"), filepath.Join(cf, "hammaro_SON-2014-627"), filepath.Join(cf, "forshaga_SN-2015-111"))
	if code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	var cases []struct {
		Case      string       `json:"case"`
		Documents []screenDocT `json:"documents"`
		Criteria  map[string]struct {
			Suggestion string `json:"suggestion"`
			Evidence   []struct {
				File string `json:"file"`
				Page int    `json:"page"`
				Text string `json:"text"`
			} `json:"evidence"`
			Missing []string `json:"missing"`
			Reason  *string  `json:"reason"`
		} `json:"criteria"`
	}
	if err := json.Unmarshal([]byte(out), &cases); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(cases) != 3 || cases[0].Case != "hammaro_SON-2015-38" {
		t.Fatalf("%+v", cases)
	}
	status := map[string]string{}
	for _, c := range cases {
		for _, d := range c.Documents {
			status[c.Case+"/"+d.File] = d.Status
			if d.Status != "ok" && d.Status != "no_text" && (d.Error == nil || *d.Error == "") {
				t.Errorf("%s: status %s without an error", d.File, d.Status)
			}
		}
		for _, k := range []string{"needs_assessment", "planning", "follow_up", "assignment_description"} {
			cr, ok := c.Criteria[k]
			if !ok || cr.Suggestion == "" || cr.Missing == nil {
				t.Errorf("%s: criterion %s missing or incomplete", c.Case, k)
			}
			if cr.Suggestion == "yes" && len(cr.Evidence) == 0 {
				t.Errorf("%s %s: yes without evidence", c.Case, k)
			}
		}
	}
	// the scanned care plan is read by OCR where tesseract with Swedish is installed (always
	// in CI), else it is a page without text
	scanned := "no_text"
	if needOCR(t) {
		scanned = "ok"
		if d := cases[1].Documents; !slices.ContainsFunc(d, func(d screenDocT) bool {
			return d.File == "Vårdplan 2014-12-07.pdf" && slices.Equal(d.OCRPages, []int{1})
		}) {
			t.Errorf("the scanned care plan is not listed as read by OCR: %+v", d)
		}
	}
	if status["hammaro_SON-2015-38/Läkarintyg.pdf"] != "encrypted" || status["hammaro_SON-2014-627/Vårdplan 2014-12-07.pdf"] != scanned {
		t.Fatalf("statuses: %v", status)
	}
	// the planning of forshaga_SN-2015-111 is documented in its vårdplan (truth: yes, page 1)
	pl := cases[2].Criteria["planning"]
	if pl.Suggestion != "yes" || pl.Evidence[0].File != "vardplan.pdf" || pl.Evidence[0].Page != 1 {
		t.Fatalf("planning: %+v", pl)
	}
}

// The files that made the PDF library panic, loop or exhaust memory get a status through the
// whole command, which exits 0.
func TestScreenHostilePDFs(t *testing.T) {
	files := filepath.Join(sharedDir, "pdf-corpus", "files")
	if _, err := os.Stat(files); err != nil {
		if inCI() {
			t.Fatal("../shared/pdf-corpus is missing")
		}
		t.Skip("no ../shared/pdf-corpus")
	}
	dir := t.TempDir()
	for _, name := range []string{"pdfjs__GHOSTSCRIPT-698804-1-fuzzed.pdf", "pdfjs__Pages-tree-refs.pdf", "pdfjs__operator_list_cycle.pdf", "qpdf__append-xref-loop.pdf", "qpdf__bad34.pdf", "pdfjs__poppler-67295-0.pdf", "qpdf__issue-149.pdf"} {
		b, err := os.ReadFile(filepath.Join(files, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out, e, code := tillsyn(t, "screen", "--json", "--timeout", "10s", dir)
	if code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	var cases []struct {
		Documents []struct{ File, Status string } `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &cases); err != nil || len(cases) != 1 || len(cases[0].Documents) != 7 {
		t.Fatalf("%v %s", err, out)
	}
	for _, d := range cases[0].Documents {
		if d.Status == "" {
			t.Errorf("%s: no status", d.File)
		}
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestIngestCLI(t *testing.T) {
	data := t.TempDir()
	tillsyn(t, "audit", "create", "--data", data, "D")
	if _, e, code := tillsyn(t, "import", "--data", data, "--audit", "D", filepath.Join(demoDir, "caselist.csv")); code != 0 {
		t.Fatal(e)
	}
	if _, e, code := tillsyn(t, "sample", "--data", data, "--audit", "D", "--seed", "s", "--per-committee", "7"); code != 0 {
		t.Fatal(e)
	}
	// the case folders plus one that matches no sampled case
	cases := t.TempDir()
	src := mustAbs(t, filepath.Join(demoDir, "casefiles"))
	if err := os.CopyFS(cases, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(cases, "arvika_SN-1999-1"), 0o755)
	os.WriteFile(filepath.Join(cases, "arvika_SN-1999-1", "x.pdf"), []byte("%PDF-1.4"), 0o600)
	out, e, code := tillsyn(t, "ingest", "--data", data, "--audit", "D", "--review-date", "2015-10-01", "--json", cases)
	if code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	var res struct {
		Matched      []struct{ Folder string }       `json:"matched"`
		Unmatched    []string                        `json:"unmatched_folders"`
		FailedFiles  []struct{ File, Status string } `json:"failed_files"`
		FilesNew     int                             `json:"files_new"`
		FilesSkipped int                             `json:"files_unchanged"`
		WithoutFiles []string                        `json:"sampled_cases_without_files"`
	}
	json.Unmarshal([]byte(out), &res)
	// a corrupt and an encrypted file, and without OCR also the five with scanned pages
	failed := 7
	if needOCR(t) {
		failed = 2
	}
	if len(res.Matched) != 25 || strings.Join(res.Unmatched, ",") != "arvika_SN-1999-1" || res.FilesNew != 116 || len(res.FailedFiles) != failed || len(res.WithoutFiles) != 0 {
		t.Fatalf("%+v", res)
	}
	// stored content-addressed, mode 0600
	var n int
	filepath.WalkDir(filepath.Join(data, "files"), func(p string, d os.DirEntry, err error) error {
		if d.Type().IsRegular() {
			n++
			if fi, _ := d.Info(); fi.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %v", p, fi.Mode())
			}
		}
		return nil
	})
	if n == 0 || n > 116 {
		t.Fatalf("%d stored files", n)
	}
	// run again: every file unchanged
	out, _, _ = tillsyn(t, "ingest", "--data", data, "--audit", "D", "--json", cases)
	json.Unmarshal([]byte(out), &res)
	if res.FilesNew != 0 || res.FilesSkipped != 116 {
		t.Fatalf("second ingest: new %d skipped %d", res.FilesNew, res.FilesSkipped)
	}
}

// BenchmarkScreenPipeline runs `tillsyn screen` (extraction in the worker pool, then the
// screening) over every public case file and pdftotext over the same PDFs with the same
// parallelism, and reports the pages per second of each and their ratio (target: ≥ 1, the
// screening is at least as fast as merely extracting the text with poppler). "text-layer"
// reads what pdftotext reads (--ocr off), the like-for-like anchor; "ocr" is as shipped,
// scanned pages read by Tesseract (skipped without it), which pdftotext does not do at all.
func BenchmarkScreenPipeline(b *testing.B) {
	cf := filepath.Join(sharedDir, "eval-public", "casefiles")
	if _, err := os.Stat(cf); err != nil {
		b.Skip("no public eval set")
	}
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext not installed")
	}
	pdfs, _ := filepath.Glob(filepath.Join(cf, "*", "*.pdf"))
	for _, mode := range []struct{ name, ocr string }{{"text-layer", "off"}, {"ocr", "auto"}} {
		b.Run(mode.name, func(b *testing.B) {
			if mode.ocr != "off" {
				if _, err := exec.LookPath("tesseract"); err != nil {
					b.Skip("tesseract not installed")
				}
			}
			pages, ocrPages := 0, 0
			var ours, theirs time.Duration
			for b.Loop() {
				start := time.Now()
				out, e, code := tillsyn(b, "screen", "--json", "--ocr", mode.ocr, "--review-date", "2015-10-01", "--workers", strconv.Itoa(runtime.NumCPU()), cf)
				if code != 0 {
					b.Fatalf("screen: %d %s", code, e)
				}
				ours += time.Since(start)
				if pages == 0 {
					var cases []struct {
						Documents []struct {
							Pages    int   `json:"pages"`
							OCRPages []int `json:"ocr_pages"`
						} `json:"documents"`
					}
					if err := json.Unmarshal([]byte(out), &cases); err != nil {
						b.Fatal(err)
					}
					for _, c := range cases {
						for _, d := range c.Documents {
							pages += d.Pages
							ocrPages += len(d.OCRPages)
						}
					}
				}
				start = time.Now()
				jobs := make(chan string)
				var wg sync.WaitGroup
				for range runtime.NumCPU() {
					wg.Go(func() {
						for f := range jobs {
							_ = exec.Command(bin, "-enc", "UTF-8", f, "-").Run()
						}
					})
				}
				for _, f := range pdfs {
					jobs <- f
				}
				close(jobs)
				wg.Wait()
				theirs += time.Since(start)
			}
			b.ReportMetric(float64(pages*b.N)/ours.Seconds(), "screen-pages/s")
			b.ReportMetric(float64(pages*b.N)/theirs.Seconds(), "pdftotext-pages/s")
			b.ReportMetric(theirs.Seconds()/ours.Seconds(), "x-pdftotext")
			b.ReportMetric(float64(ocrPages), "ocr-pages")
		})
	}
}

// TestScreenEvalTune scores `tillsyn screen` on the variation sets tuned on (case files
// in other municipalities' styles, by writers who never saw the rules: tune, since the
// third round check, and since the fifth the former held-back set, holdout, once reported):
// every criterion at least 95 % right, at most 5 % of true "ja" suggested "nej" and of true
// "nej" suggested "ja", evidence pages at least 95 %. Sets not tuned on (fresh, hold2) are
// reported by `make eval`, never asserted here.
func TestScreenEvalTune(t *testing.T) {
	for _, name := range []string{"tune", "check", "holdout"} {
		t.Run(name, func(t *testing.T) { screenEvalSet(t, filepath.Join("..", "..", "testdata", "variation", name)) })
	}
}

func screenEvalSet(t *testing.T, set string) {
	if _, err := os.Stat(filepath.Join(set, "truth.json")); err != nil {
		t.Skip("no set at " + set)
	}
	out, e, code := tillsyn(t, "screen", "--json", "--review-date", "2015-10-01", filepath.Join(set, "casefiles"))
	if code != 0 {
		t.Fatalf("screen: exit %d: %s", code, e)
	}
	var cases []screenCaseJSON
	if err := json.Unmarshal([]byte(out), &cases); err != nil {
		t.Fatal(err)
	}
	results := map[string]screen.Result{}
	for _, c := range cases {
		r := screen.Result{RulesVersion: c.RulesVersion, Criteria: map[string]screen.Suggestion{}}
		for k, cr := range c.Criteria {
			sg := screen.Suggestion{Suggestion: cr.Suggestion, Confidence: cr.Confidence}
			for _, ev := range cr.Evidence {
				sg.Evidence = append(sg.Evidence, screen.Evidence{File: ev.File, Page: ev.Page, Kind: ev.Kind})
			}
			r.Criteria[k] = sg
		}
		results[c.Case] = r
	}
	rep, err := screen.Evaluate(filepath.Join(set, "truth.json"), results)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Check(0.95, 0.05, 0.95) {
		t.Error(f)
	}
	if t.Failed() {
		t.Log("\n" + rep.String())
	}
}

// TestScreenTextSwedish: the text output says pages the Swedish way ("1 sida", "2 sidor").
func TestScreenTextSwedish(t *testing.T) {
	out, e, code := tillsyn(t, "screen", "--review-date", "2015-10-01", filepath.Join(demoDir, "casefiles", "forshaga_SN-2014-294"))
	if code != 0 {
		t.Fatalf("%d %s", code, e)
	}
	if !strings.Contains(out, "Utredning.pdf (2 sidor)") || !strings.Contains(out, "Journal.pdf (1 sida)") || strings.Contains(out, "pages)") {
		t.Fatalf("pages not in Swedish:\n%s", out)
	}
}

// Guards judgePlan's goal items read whole, on the file it was found in (hold5, tuned on
// since it was scored): who and when of a goal stand in another sentence of its item
// ("- Mål 2: … under v. 2, ny kontroll v. 10. Ansvar: Nyhemsgården" / "sjuksköterska").
// Without it the plan lacks "när det görs" (partly).
func TestScreenGoalItemWhoAndWhen(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "variation", "hold5", "casefiles", "falun_SN-2014-0412")
	out, e, code := tillsyn(t, "screen", "--json", "--ocr", "off", "--review-date", "2015-10-01", dir)
	if code != 0 {
		t.Fatalf("screen: %d %s", code, e)
	}
	var cases []struct {
		Criteria map[string]struct {
			Suggestion string `json:"suggestion"`
			Reason     string `json:"reason"`
		} `json:"criteria"`
	}
	if err := json.Unmarshal([]byte(out), &cases); err != nil || len(cases) != 1 {
		t.Fatalf("%v: %s", err, out)
	}
	if p := cases[0].Criteria["planning"]; p.Suggestion != "yes" {
		t.Errorf("planning = %s (%s), want yes", p.Suggestion, p.Reason)
	}
}
