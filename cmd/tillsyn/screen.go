package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"tillsyn/review"
	"tillsyn/review/pdftext"
	"tillsyn/review/screen"
)

// extractorFlags are the limits of PDF text extraction, shared by screen and ingest.
type extractorFlags struct {
	workers  *int
	timeout  *time.Duration
	memory   *int64
	maxSize  *int64
	maxPages *int
	rules    *string
	ocr      *string
}

func addExtractorFlags(f *flags) extractorFlags {
	return extractorFlags{
		workers:  f.Int("workers", 0, "PDF worker processes (default: number of CPUs)"),
		timeout:  f.Duration("timeout", 60*time.Second, "wall-clock limit per file"),
		memory:   f.Int64("memory-limit", 2<<30, "memory limit per worker process, bytes"),
		maxSize:  f.Int64("max-file-size", 100<<20, "larger files are not read (too_large)"),
		maxPages: f.Int("max-pages", 2000, "files with more pages are not read (too_large)"),
		rules:    f.String("rules", "", "a rules file extending the built-in screening rules (JSON, see review/screen/rules)"),
		ocr:      f.String("ocr", pdftext.OCRAuto, "read scanned pages (an image, no text layer) with Tesseract: auto (when tesseract with Swedish is installed), off, or the path of tesseract"),
	}
}

func (x extractorFlags) extractor() *pdftext.Extractor {
	return pdftext.New(pdftext.Options{Workers: *x.workers, Timeout: *x.timeout, MemoryLimit: *x.memory, MaxFileSize: *x.maxSize, MaxPages: *x.maxPages,
		OCR: ocrOption(*x.ocr)})
}

// ocrOption maps --ocr to pdftext.Options.OCR ("off" is pdftext.OCROff).
func ocrOption(v string) string {
	if v == "off" || v == "" {
		return pdftext.OCROff
	}
	return v
}

// screenOptions parses --review-date and loads --rules; ok is false on a usage error.
func (x extractorFlags) screenOptions(f *flags, reviewDate string) (time.Time, *screen.Rules, int, bool) {
	var rd time.Time
	if reviewDate != "" {
		t, err := review.ParseDate(reviewDate)
		if err != nil {
			return rd, nil, f.usageError("--review-date: %v", err), false
		}
		rd = t
	}
	rules, err := x.loadRules()
	if err != nil {
		return rd, nil, f.usageError("--rules: %v", err), false
	}
	return rd, rules, 0, true
}

func (x extractorFlags) loadRules() (*screen.Rules, error) {
	if *x.rules == "" {
		return nil, nil
	}
	f, err := os.Open(*x.rules)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ext, err := screen.LoadRules(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", *x.rules, err)
	}
	return screen.DefaultRules().Merge(ext), nil
}

// caseDir is a case to screen: its identity (the folder name) and its files.
type caseDir struct {
	name  string
	files []string // paths
	rel   []string // names relative to the case folder
}

// findCases turns PATH arguments into cases: a folder holding files is one case; a folder
// holding only folders is a folder of cases; a file is a case of its own. Inside a folder,
// links, special files and hidden names are not read: they come back in skipped.
func findCases(paths []string) (out []caseDir, skipped []review.SkippedEntry, err error) {
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, nil, err
		}
		if !fi.IsDir() {
			out = append(out, caseDir{name: filepath.Base(p), files: []string{p}, rel: []string{filepath.Base(p)}})
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, nil, err
		}
		var sub []string
		hasFiles := false
		for _, e := range entries {
			switch {
			case strings.HasPrefix(e.Name(), "."):
			case e.Type().IsDir():
				sub = append(sub, e.Name())
			case e.Type().IsRegular():
				hasFiles = true
			}
		}
		if !hasFiles {
			for _, e := range entries {
				if !e.Type().IsDir() || strings.HasPrefix(e.Name(), ".") {
					skipped = append(skipped, review.SkippedEntry{Path: filepath.Join(p, e.Name()), Reason: "not a case folder (a link, a hidden name or a special file): not read"})
				}
			}
			for _, name := range sub {
				files, rel, sk, err := review.CaseFolderFiles(filepath.Join(p, name))
				if err != nil {
					return nil, nil, err
				}
				for _, x := range sk {
					skipped = append(skipped, review.SkippedEntry{Path: filepath.Join(p, name, x.Path), Reason: x.Reason})
				}
				out = append(out, caseDir{name: name, files: files, rel: rel})
			}
			continue
		}
		files, rel, sk, err := review.CaseFolderFiles(p)
		if err != nil {
			return nil, nil, err
		}
		for _, x := range sk {
			skipped = append(skipped, review.SkippedEntry{Path: filepath.Join(p, x.Path), Reason: x.Reason})
		}
		out = append(out, caseDir{name: filepath.Base(filepath.Clean(p)), files: files, rel: rel})
	}
	return out, skipped, nil
}

// The JSON contract of `tillsyn screen --json`.
type screenDocJSON struct {
	File             string  `json:"file"`
	Pages            int     `json:"pages"`
	Status           string  `json:"status"`
	Error            *string `json:"error"`
	PagesWithoutText []int   `json:"pages_without_text"`
	OCRPages         []int   `json:"ocr_pages"` // scanned pages whose text was recognised (OCR)
	Producer         string  `json:"producer,omitempty"`
}

type screenEvidenceJSON struct {
	File  string `json:"file"`
	Page  int    `json:"page"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

type screenCriterionJSON struct {
	Suggestion string               `json:"suggestion"`
	Confidence string               `json:"confidence"` // high, medium, low; "" for unknown`
	Evidence   []screenEvidenceJSON `json:"evidence"`
	Missing    []string             `json:"missing"`
	Reason     *string              `json:"reason"`
	Elements   map[string]bool      `json:"elements,omitempty"`
}

type screenCaseJSON struct {
	Case         string                         `json:"case"`
	Documents    []screenDocJSON                `json:"documents"`
	Criteria     map[string]screenCriterionJSON `json:"criteria"`
	RulesVersion string                         `json:"rules_version"`
}

func cmdScreen(e *env, args []string) int {
	f := newFlags(e, "screen", "[--json] [--review-date DATE] [--truth truth.json] PATH...")
	asJSON := f.Bool("json", false, "print one JSON array")
	reviewDate := f.String("review-date", "", "the review date (default today): a follow-up planned after it is not yet due")
	truth := f.String("truth", "", "score the suggestions against a labelled truth.json and print accuracy, confusion matrices and evidence recall")
	x := addExtractorFlags(f)
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() == 0 {
		return f.usageError("no PATH: give case folders, or folders of case folders")
	}
	rd, rules, code, ok := x.screenOptions(f, *reviewDate)
	if !ok {
		return code
	}
	cases, skipped, err := findCases(f.Args())
	if err != nil {
		return f.usageError("%v", err)
	}
	for _, sk := range skipped {
		fmt.Fprintf(e.stderr, "tillsyn: skipped %s: %s\n", sk.Path, sk.Reason)
	}
	ex := x.extractor()
	defer ex.Close()
	// each case is extracted (in the worker pool) and screened (here) as one job; the jobs
	// run side by side so that screening one case overlaps extracting the next, and are
	// reported in the order the cases were given
	texts := make([][]review.DocumentText, len(cases))
	screened := make([]review.Screening, len(cases))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(runtime.NumCPU()+1, len(cases))) {
		wg.Go(func() {
			for k := range jobs {
				texts[k] = ex.Extract(cliContext(), cases[k].files)
				screened[k] = review.ScreenDocuments(texts[k], cases[k].rel, review.ScreenOptions{ReviewDate: rd, Rules: rules})
			}
		})
	}
	for k := range cases {
		jobs <- k
	}
	close(jobs)
	wg.Wait()
	out := make([]screenCaseJSON, 0, len(cases))
	results := map[string]screen.Result{}
	for k, c := range cases {
		results[c.name] = screened[k]
		out = append(out, screenJSON(c, texts[k], screened[k]))
	}
	if *truth != "" {
		rep, err := screen.Evaluate(*truth, results)
		if err != nil {
			return fail(e, err)
		}
		fmt.Fprint(e.stdout, rep.String())
		if problems := rep.Check(0.90, 0.05, 0.90); len(problems) > 0 {
			fmt.Fprintln(e.stdout, "\nBelow target:")
			for _, p := range problems {
				fmt.Fprintln(e.stdout, "  "+p)
			}
			return exitFailure
		}
		return exitOK
	}
	if *asJSON {
		return encodeJSON(e, out)
	}
	printScreen(e.stdout, out)
	return exitOK
}

func screenJSON(c caseDir, docs []review.DocumentText, sc review.Screening) screenCaseJSON {
	cj := screenCaseJSON{Case: c.name, Criteria: map[string]screenCriterionJSON{}, RulesVersion: sc.RulesVersion, Documents: []screenDocJSON{}}
	for j, d := range docs {
		dj := screenDocJSON{File: c.rel[j], Pages: d.NumPages, Status: string(d.Status), PagesWithoutText: d.PagesWithoutText, Producer: d.Producer}
		if dj.PagesWithoutText == nil {
			dj.PagesWithoutText = []int{}
		}
		dj.OCRPages = []int{}
		for _, p := range d.Pages {
			if p.Engine == review.EngineOCR {
				dj.OCRPages = append(dj.OCRPages, p.Number)
			}
		}
		if d.Error != "" {
			msg := d.Error
			dj.Error = &msg
		}
		cj.Documents = append(cj.Documents, dj)
	}
	for _, k := range screen.CriteriaKeys {
		s := sc.Criteria[k]
		c := screenCriterionJSON{Suggestion: s.Suggestion, Confidence: s.Confidence, Evidence: []screenEvidenceJSON{}, Missing: s.Missing, Elements: s.Elements}
		if c.Missing == nil {
			c.Missing = []string{}
		}
		if s.Reason != "" {
			r := s.Reason
			c.Reason = &r
		}
		for _, ev := range s.Evidence {
			c.Evidence = append(c.Evidence, screenEvidenceJSON{File: ev.File, Page: ev.Page, Text: ev.Text, Start: ev.Start, End: ev.End, Kind: ev.Kind})
		}
		cj.Criteria[k] = c
	}
	return cj
}

// joinInts: "1, 3, 4".
func joinInts(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, ", ")
}

// confidenceName is a suggestion's confidence as users read it.
var confidenceName = map[string]string{screen.High: "hög", screen.Medium: "medel", screen.Low: "låg"}

func printScreen(w io.Writer, cases []screenCaseJSON) {
	for _, c := range cases {
		fmt.Fprintf(w, "%s\n", c.Case)
		for _, d := range c.Documents {
			note := ""
			if d.Status != "ok" {
				note = "  [" + d.Status
				if len(d.PagesWithoutText) > 0 {
					note += ": " + plural(len(d.PagesWithoutText), "sida", "sidor") + " utan text: " + joinInts(d.PagesWithoutText)
				}
				if d.Error != nil {
					note += ": " + *d.Error
				}
				note += "]"
			}
			if len(d.OCRPages) > 0 {
				note += "  [" + plural(len(d.OCRPages), "skannad sida läst", "skannade sidor lästa") + " med OCR: " + joinInts(d.OCRPages) + "]"
			}
			fmt.Fprintf(w, "  %s (%d %s)%s\n", d.File, d.Pages, plural(d.Pages, "sida", "sidor"), note)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, k := range screen.CriteriaKeys {
			cr := c.Criteria[k]
			var pages []string
			seen := map[string]bool{}
			for _, ev := range cr.Evidence {
				if strings.HasPrefix(ev.Kind, screen.KindRejected) {
					continue
				}
				p := fmt.Sprintf("%s s. %d", ev.File, ev.Page)
				if !seen[p] {
					seen[p] = true
					pages = append(pages, p)
				}
			}
			sort.Strings(pages)
			detail := strings.Join(pages, "; ")
			if len(cr.Missing) > 0 {
				detail += "  saknas: " + strings.Join(cr.Missing, ", ")
			}
			if cr.Reason != nil {
				detail += "  (" + *cr.Reason + ")"
			}
			// an "unknown" is not a finding: it says so, and names what to read
			sugg := review.SuggestionName(cr.Suggestion)
			switch {
			case cr.Suggestion == screen.Unknown:
				sugg += " (inget förslag: läs akten)"
			case cr.Confidence != "":
				sugg += " (säkerhet: " + confidenceName[cr.Confidence] + ")"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", review.Criterion(k).SwedishName(), sugg, detail)
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
}
