package pdftext

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
)

// corpusSample is the fixed sample of pdf-corpus files read in a normal test run: every file
// that made github.com/ledongthuc/pdf panic, loop or exhaust memory (results/summary.txt),
// plus encrypted, PDF 2.0, truncated, scanned, non-PDF and ordinary files. With
// TILLSYN_CORPUS=all every file is read.
var corpusSample = []string{
	// oom, timeouts, panics
	"pdfjs__GHOSTSCRIPT-698804-1-fuzzed.pdf",
	"qpdf__deep-pages.pdf",
	"pdfjs__Pages-tree-refs.pdf",
	"qpdf__issue-149.pdf",
	"pdfjs__poppler-67295-0.pdf",
	"pdfcpu__samples-fonts-user-Unifont-JPMedium_BMP.pdf",
	"qpdf__append-xref-loop.pdf",
	"pdfjs__operator_list_cycle.pdf",
	"pdfjs__issue9418.pdf",
	"pdfjs__poppler-395-0-fuzzed.pdf",
	"qpdf__bad34.pdf",
	"qpdf__bad35.pdf",
	// page and open errors
	"pdfjs__TAMReview.pdf",
	"pdfjs__poppler-90-0-fuzzed.pdf",
	"pdfjs__ZapfDingbats.pdf",
	"pdfjs__bug1799927.pdf",
	"pdfjs__bug900822.pdf",
	"qpdf__issue-1688a.pdf",
	"qpdf__issue-202.pdf",
	// encryption
	"pypdf__encryption-r2-empty-password.pdf",
	"pypdf__encryption-r3-user-password.pdf",
	"pypdf__encryption-r5-user-password.pdf",
	"pdfjs__issue19484_1.pdf",
	"qpdf__enc-XI-R6_V5_U_view_O_master.pdf",
	"pypdf__crazyones-encrypted-256.pdf",
	// other kinds
	"pdfcpu__testdata-pdf20-SimplePDF2.0.pdf",
	"pdfcpu__testdata-pdf20-withOffsetStart.pdf",
	"derived__trunc50-pdfcpu__testdata-go.pdf",
	"qpdf__fuzz-70245.pdf",
	"pypdf__imagemagick-CCITTFaxDecode.pdf",
	"pypdf__Seige_of_Vicksburg_Sample_OCR.pdf",
	"pdfcpu__testdata-TheGoProgrammingLanguageCh1.pdf",
}

// manifest maps file names to their MANIFEST.tsv description (category_guess).
func manifest(t *testing.T) map[string]string {
	f, err := os.Open(filepath.Join(corpusDir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) >= 6 {
			m[cols[0]] = cols[5]
		}
	}
	return m
}

// TestCorpus reads hostile and broken real-world PDFs: every file must get a status, the
// parent must neither crash nor hang, and files that need a user password must come out
// encrypted while those with an empty user password must be opened (they may still be
// corrupt inside).
func TestCorpus(t *testing.T) {
	need(t, filepath.Join(corpusDir, "files"))
	needPdftotext(t)
	man := manifest(t)
	var files []string
	if os.Getenv("TILLSYN_CORPUS") == "all" {
		all, err := filepath.Glob(filepath.Join(corpusDir, "files", "*"))
		if err != nil {
			t.Fatal(err)
		}
		files = all
	} else {
		for _, n := range corpusSample {
			p := filepath.Join(corpusDir, "files", n)
			need(t, p)
			files = append(files, p)
		}
	}
	sort.Strings(files)
	opt := testOptions()
	opt.Timeout = 10 * time.Second
	e := newTestExtractor(t, opt)
	start := time.Now()
	docs := e.Extract(context.Background(), files)
	elapsed := time.Since(start)

	counts := map[review.DocStatus]int{}
	for i, d := range docs {
		name := filepath.Base(files[i])
		if d.Path != files[i] {
			t.Fatalf("result %d is for %s, want %s", i, d.Path, files[i])
		}
		counts[d.Status]++
		checkInvariants(t, d)
		desc := man[name]
		switch {
		case strings.Contains(desc, "user password required"):
			if d.Status != review.DocEncrypted {
				t.Errorf("%s (%s): status %s (%s), want encrypted", name, desc, d.Status, d.Error)
			}
		case strings.Contains(desc, "empty user password") && strings.Contains(desc, "poppler pages="):
			if d.Status == review.DocEncrypted {
				t.Errorf("%s (%s): status %s (%s), want it opened", name, desc, d.Status, d.Error)
			}
		}
		if testing.Verbose() {
			msg := d.Error
			if len(msg) > 120 {
				msg = msg[:120] + "…"
			}
			t.Logf("%-58s %-9s pages=%-4d %s", name, d.Status, d.NumPages, msg)
		}
	}
	t.Logf("%d files in %v: %v", len(files), elapsed.Round(time.Millisecond), counts)
	// Every file must finish within its time limit (plus grace): no hang.
	perWorker := (len(files) + opt.Workers - 1) / max(opt.Workers, 1)
	if limit := time.Duration(perWorker)*(opt.Timeout+grace) + 10*time.Second; elapsed > limit {
		t.Errorf("took %v, more than %v", elapsed, limit)
	}
}
