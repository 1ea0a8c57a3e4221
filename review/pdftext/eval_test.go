package pdftext

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"tillsyn/review"
)

// TestEvalCorpus reads every PDF of eval-public/casefiles through the worker pool and checks
// the statuses against truth.json and the text against pdftotext.
//
// Overlap: for each producer, the words (maximal runs of letters, digits and marks; see
// words) of all pages pdftotext reads are compared, as multisets, with ours on the same
// pages. Recall is the share of pdftotext's words we also produce, precision the share of
// ours that pdftotext also has, F1 their harmonic mean. Both recall and F1 must be >= 0.99
// for every producer. The letters å ä ö Å Ä Ö must occur exactly as often as in pdftotext's
// text, document by document.
func TestEvalCorpus(t *testing.T) {
	tr := loadTruth(t)
	bin := needPdftotext(t)
	files := evalPDFs(t)

	e := newTestExtractor(t, testOptions())
	docs := e.Extract(context.Background(), files)
	if len(docs) != len(files) {
		t.Fatalf("got %d results for %d files", len(docs), len(files))
	}
	byFile := map[string]review.DocumentText{}
	for i, d := range docs {
		if d.Path != files[i] {
			t.Fatalf("result %d is for %s, want %s (input order)", i, d.Path, files[i])
		}
		rel, _ := filepath.Rel(evalDir, d.Path)
		byFile[rel] = d
		checkInvariants(t, d)
	}

	// Expected statuses.
	want := map[string]review.DocStatus{}
	noText := map[string][]int{}
	for _, d := range tr.NoTextLayer {
		want[d.File] = review.DocNoText
		noText[d.File] = d.Pages
	}
	for _, d := range tr.CannotOpen {
		switch d.Problem {
		case "password_protected":
			want[d.File] = review.DocEncrypted
		case "truncated":
			want[d.File] = review.DocCorrupt
		default:
			t.Errorf("unknown problem %q in truth for %s", d.Problem, d.File)
		}
	}
	for _, d := range tr.Encrypted {
		if d.Password == "" {
			want[d.File] = review.DocOK // opens without a password
		}
	}

	per := map[string]*overlap{}
	pages := map[string]int{}
	seen := 0
	for _, c := range tr.Cases {
		for _, td := range c.Documents {
			seen++
			d, ok := byFile[td.File]
			if !ok {
				t.Errorf("%s: in truth.json but not found", td.File)
				continue
			}
			w, ok := want[td.File]
			if !ok {
				w = review.DocOK
			}
			if d.Status != w {
				t.Errorf("%s: status %s (%s), want %s", td.File, d.Status, d.Error, w)
				continue
			}
			if w == review.DocNoText && !slices.Equal(d.PagesWithoutText, noText[td.File]) {
				t.Errorf("%s: pages without text %v, want %v", td.File, d.PagesWithoutText, noText[td.File])
			}
			if w != review.DocOK && w != review.DocNoText {
				continue
			}
			if d.NumPages != td.Pages {
				t.Errorf("%s: %d pages, want %d", td.File, d.NumPages, td.Pages)
			}
			if d.Producer == "" {
				t.Errorf("%s: no producer", td.File)
			}
			ref, err := popplerText(t, bin, d.Path)
			if err != nil {
				t.Errorf("%s: pdftotext: %v", td.File, err)
				continue
			}
			if len(ref) != d.NumPages {
				t.Errorf("%s: pdftotext has %d pages, we %d", td.File, len(ref), d.NumPages)
				continue
			}
			o := per[td.ProducerKey]
			if o == nil {
				o = &overlap{}
				per[td.ProducerKey] = o
			}
			var got strings.Builder
			for i, p := range d.Pages {
				o.add(ref[i], p.Text)
				got.WriteString(p.Text)
				pages[td.ProducerKey]++
			}
			refAll := normalize(strings.Join(ref, "\n"))
			for _, r := range "åäöÅÄÖ" {
				if a, b := strings.Count(got.String(), string(r)), strings.Count(refAll, string(r)); a != b {
					t.Errorf("%s: %d × %c, pdftotext has %d", td.File, a, r, b)
				}
			}
		}
	}
	if seen != len(files) {
		t.Errorf("truth.json lists %d documents, casefiles holds %d PDFs", seen, len(files))
	}
	keys := make([]string, 0, len(per))
	for k := range per {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		o := per[k]
		t.Logf("%-17s pages=%3d words(pdftotext)=%5d words(ours)=%5d recall=%.4f precision=%.4f F1=%.4f",
			k, pages[k], o.ref, o.got, o.recall(), o.precision(), o.f1())
		if o.ref > 0 && (o.recall() < 0.99 || o.f1() < 0.99) {
			t.Errorf("%s: word overlap with pdftotext recall=%.4f F1=%.4f, want >= 0.99", k, o.recall(), o.f1())
		}
	}
	for _, k := range []string{"libreoffice-docx", "libreoffice-odt", "chromium", "ghostscript"} {
		if per[k] == nil || per[k].ref == 0 {
			t.Errorf("no text compared for producer %s", k)
		}
	}
}

// checkInvariants checks what every DocumentText must satisfy, whatever the file.
func checkInvariants(t *testing.T, d review.DocumentText) {
	t.Helper()
	if err := docInvariants(d); err != nil {
		t.Errorf("%s: %v", d.Path, err)
	}
}

func docInvariants(d review.DocumentText) error {
	switch d.Status {
	case review.DocOK, review.DocNoText, review.DocEncrypted, review.DocCorrupt, review.DocNotPDF,
		review.DocTooLarge, review.DocTimeout, review.DocFailed:
	default:
		return fmt.Errorf("unknown status %q", d.Status)
	}
	if (d.Status == review.DocOK) != (d.Error == "") {
		return fmt.Errorf("status %s with error %q", d.Status, d.Error)
	}
	if d.NumPages != len(d.Pages) {
		return fmt.Errorf("NumPages %d but %d pages", d.NumPages, len(d.Pages))
	}
	if (d.Status == review.DocNoText) != (len(d.PagesWithoutText) > 0) {
		return fmt.Errorf("status %s with pages without text %v", d.Status, d.PagesWithoutText)
	}
	for i, p := range d.Pages {
		if p.Number != i+1 {
			return fmt.Errorf("page %d numbered %d", i+1, p.Number)
		}
		if (p.Text == "") != (p.Engine == "") {
			return fmt.Errorf("page %d: engine %q for text of %d bytes", p.Number, p.Engine, len(p.Text))
		}
		if p.Engine != "" && p.Engine != engineGo && p.Engine != enginePoppler {
			return fmt.Errorf("page %d: unknown engine %q", p.Number, p.Engine)
		}
		if !isNormalized(p.Text) {
			return fmt.Errorf("page %d: text not valid NFC UTF-8", p.Number)
		}
	}
	for _, n := range d.PagesWithoutText {
		if n < 1 || n > d.NumPages || d.Pages[n-1].Text != "" {
			return fmt.Errorf("page %d listed without text", n)
		}
	}
	return nil
}
