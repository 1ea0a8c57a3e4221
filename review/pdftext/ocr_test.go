package pdftext

import (
	"context"
	"slices"
	"strings"
	"testing"

	"tillsyn/review"
)

// A scanned fax (img2pdf of a raster page: an image, no text layer) from a held-back
// variation set, written by a writer who never saw the screening.
const scannedFax = "../../testdata/variation/hold3/casefiles/hassleholm_SN-2015-198/fax_skannad.pdf"

// needOCR skips the test locally (fails it in CI) when tesseract with Swedish is missing.
func needOCR(t *testing.T) {
	t.Helper()
	if s := resolveOCR(OCRAuto, "swe"); s.why != "" {
		if inCI() {
			t.Fatalf("OCR is required in CI: %s", s.why)
		}
		t.Skip(s.why)
	}
}

// TestOCRReadsScannedPage: with OCR the scanned page's words are read (engine "ocr", the
// file "ok"); without it the page stays a page without text, as before.
func TestOCRReadsScannedPage(t *testing.T) {
	need(t, scannedFax)
	needPdftotext(t)
	needOCR(t)
	opt := testOptions()
	opt.OCR = OCRAuto
	doc := newTestExtractor(t, opt).Extract(context.Background(), []string{scannedFax})[0]
	if doc.Status != review.DocOK || len(doc.PagesWithoutText) != 0 || len(doc.Pages) != 1 {
		t.Fatalf("with OCR: status %s, pages without text %v, %d pages (%s)", doc.Status, doc.PagesWithoutText, len(doc.Pages), doc.Error)
	}
	p := doc.Pages[0]
	if p.Engine != review.EngineOCR {
		t.Errorf("engine %q, want %q", p.Engine, review.EngineOCR)
	}
	for _, w := range []string{"TELEFAX", "UPPDRAGSBESKRIVNING", "Tallhöjden", "nedtrappning", "Camilla Ström", "0451-26 71 44", "hassleholm.exempel.se"} {
		if !strings.Contains(p.Text, w) {
			t.Errorf("OCR text lacks %q:\n%s", w, p.Text)
		}
	}

	opt.OCR = OCROff
	doc = newTestExtractor(t, opt).Extract(context.Background(), []string{scannedFax})[0]
	if doc.Status != review.DocNoText || !slices.Equal(doc.PagesWithoutText, []int{1}) || doc.Pages[0].Text != "" {
		t.Fatalf("without OCR: status %s, pages without text %v, text %q", doc.Status, doc.PagesWithoutText, doc.Pages[0].Text)
	}
}

// TestOCRSetup: a missing tesseract or language turns OCR off with the reason, never an
// error of the file.
func TestOCRSetup(t *testing.T) {
	if s := resolveOCR(OCROff, "swe"); s.why == "" {
		t.Error("OCR off is on")
	}
	if s := resolveOCR("/nonexistent/tesseract", "swe"); s.why == "" || !strings.Contains(s.why, "tesseract") {
		t.Errorf("missing tesseract: %q", s.why)
	}
	needOCR(t)
	if s := resolveOCR(OCRAuto, "xx-no-such-language"); s.why == "" || !strings.Contains(s.why, "xx-no-such-language") {
		t.Errorf("missing language: %q", s.why)
	}
	e := New(Options{OCR: OCRAuto})
	if on, why := e.OCRStatus(); !on {
		t.Errorf("auto with tesseract and Swedish installed: off (%s)", why)
	}
}

// TestOCRCells: cell borders read as "|" or "[" become the text layer's " | ", and an
// e-mail address's "@" read as "Q" is restored (a capital Q inside a lower-case address).
func TestOCRCells(t *testing.T) {
	in := "| Mål | 1) Nykter under vistelsen. |\n\n[Klient [Stefan Ljung\n[Ange mål]\n| | rekommendationer. |\nHandläggare | Ulrika Johansson, ulrika.johanssonQvetlanda.se\nQ-märkt Quist\n"
	want := "Mål | 1) Nykter under vistelsen.\nKlient | Stefan Ljung\n[Ange mål]\nrekommendationer.\nHandläggare | Ulrika Johansson, ulrika.johansson@vetlanda.se\nQ-märkt Quist\n"
	if got := ocrCells(in); got != want {
		t.Errorf("ocrCells:\n%q\nwant\n%q", got, want)
	}
}
