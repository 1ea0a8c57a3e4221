package pdftext

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// buildPDF writes a small valid PDF whose single page shows content, with a WinAnsi
// Helvetica /F1 (all widths 500) and a form XObject /X1 that shows form.
func buildPDF(content, form string) []byte {
	widths := strings.TrimSpace(strings.Repeat("500 ", 224))
	return buildPDFFont("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths ["+widths+"] >>", content, form)
}

// buildPDFFont is buildPDF with the font dictionary of /F1 given.
func buildPDFFont(font, content, form string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>",
		font,
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content)+1, content),
		fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Length %d >>\nstream\n%s\nendstream", len(form)+1, form),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info << /Producer (Tillsyn test) >> >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// TestGoEngineLayout checks the line assembly on a hand-made page: lines top to bottom
// whatever the drawing order, spaces from TJ gaps but not from kerning, text inside a
// form XObject, WinAnsi å ä ö, the ' operator, and the Producer.
func TestGoEngineLayout(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td (Andra raden) Tj ET\n" +
		"BT /F1 12 Tf 72 800 Td (Hej p\xe5 dig, \xe4r \xf6ver) Tj 0 -14 Td [(Ord)-300(med)-300(mellanrum)] TJ " +
		"0 -14 Td [(ker)20(ning)] TJ 14 TL (rad fyra) ' ET\n/X1 Do"
	form := "BT /F1 10 Tf 400 600 Td (Inkom 2015-01-02) Tj ET"
	d := extractGo(buildPDF(content, form), 10)
	if d.OpenErr != "" || len(d.Pages) != 1 {
		t.Fatalf("open error %q, %d pages", d.OpenErr, len(d.Pages))
	}
	if d.Producer != "Tillsyn test" {
		t.Errorf("producer %q", d.Producer)
	}
	want := "Hej på dig, är över\nOrd med mellanrum\nkerning\nrad fyra\nAndra raden\nInkom 2015-01-02"
	if got := d.Pages[0].Text; got != want {
		t.Errorf("text\n%s\nwant\n%s", got, want)
	}
}

func TestGoEngineBadInput(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("%PDF-1.4\n"), []byte("%PDF-1.4\n%%EOF\n"), buildPDF("BT (unterminated", "")} {
		d := extractGo(b, 10) // must not panic
		for _, p := range d.Pages {
			if !isNormalized(p.Text) {
				t.Errorf("text not NFC UTF-8")
			}
		}
	}
}

// TestGoEngineCharSpacing: a word space written as character spacing inside one string
// (Ghostscript's justified lines: "beho" "v a" "v a" "vgiftning" with Tc half an em) is a
// space; a heading spaced out letter by letter with the same Tc throughout is one word.
func TestGoEngineCharSpacing(t *testing.T) {
	content := "BT /F1 10 Tf 72 700 Td (Han har beho) Tj 5 Tc (v) Tj 0 Tc (a) Tj 5 Tc (v) Tj 0 Tc (avgiftning) Tj ET\n" +
		"BT /F1 10 Tf 72 680 Td 3 Tc (RUBRIK) Tj ET"
	d := extractGo(buildPDF(content, ""), 10)
	if len(d.Pages) != 1 {
		t.Fatalf("%d pages", len(d.Pages))
	}
	if want := "Han har behov av avgiftning\nRUBRIK"; d.Pages[0].Text != want {
		t.Errorf("text\n%s\nwant\n%s", d.Pages[0].Text, want)
	}
}

// TestGoEngineStandardWidths: a standard font named without /Widths (as ReportLab writes
// Helvetica) is measured with its own metrics, so that the gap between two table cells is
// seen ("urinprov" then "Jessica" two points to its right is two words, not "urinprovJessica").
func TestGoEngineStandardWidths(t *testing.T) {
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	// "urinprov" in Helvetica 10 pt is 36.12 pt wide (u 556, r 333, i 222, n 556, p 556, r 333, o 556, v 500)
	content := "BT /F1 10 Tf 72 700 Td (urinprov) Tj ET\nBT /F1 10 Tf 110.12 700 Td (Jessica) Tj ET\n" +
		"BT /F1 10 Tf 72 680 Td (Mill) Tj ET\nBT /F1 10 Tf 87.5 680 Td (ion) Tj ET"
	d := extractGo(buildPDFFont(font, content, ""), 10)
	if len(d.Pages) != 1 {
		t.Fatalf("%d pages", len(d.Pages))
	}
	// "Mill" is 15.0 pt wide: "ion" drawn right after it continues the word
	if want := "urinprov Jessica\nMillion"; d.Pages[0].Text != want {
		t.Errorf("text\n%s\nwant\n%s", d.Pages[0].Text, want)
	}
}
