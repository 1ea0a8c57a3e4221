package pdftext

import (
	"strings"
	"testing"
)

// glyphsOf lays out text lines as glyphs: each line at baseline y (points, top down),
// starting at x, 6 points per character, 10-point font.
func glyphsOf(x, y float64, text string, run int32) []glyph {
	var out []glyph
	for i, r := range []rune(text) {
		if r == ' ' {
			continue
		}
		out = append(out, glyph{u: x + float64(i)*6, v: y, w: 6, size: 10, text: string(r), run: run, seq: int32(i)})
	}
	return out
}

// Two columns of prose are read left column first, then right; a label | content table
// is read row by row.
func TestLayoutColumnsAndTables(t *testing.T) {
	var gs []glyph
	left := []string{"Bakgrund hos Linda", "Linda har druckit", "sedan hon var ung", "och vill sluta nu"}
	right := []string{"Bedömning av oss", "Linda behöver stöd", "för att bli nykter", "eftersom hon vill"}
	for i := range left {
		gs = append(gs, glyphsOf(50, 100+float64(i)*12, left[i], int32(i))...)
		gs = append(gs, glyphsOf(300, 100+float64(i)*12, right[i], int32(100+i))...)
	}
	text, _, _ := assemble(gs)
	if want := strings.Join(append(append([]string{}, left...), right...), "\n"); text != want {
		t.Errorf("columns:\n%s\nwant\n%s", text, want)
	}

	gs = nil
	rows := [][2]string{{"Mål", "Drogfri under placeringen"}, {"Uppföljning", "Möte efter sex veckor"}}
	for i, r := range rows {
		gs = append(gs, glyphsOf(50, 100+float64(i)*24, r[0], int32(i))...)
		gs = append(gs, glyphsOf(200, 100+float64(i)*24, r[1], int32(100+i))...)
	}
	gs = append(gs, glyphsOf(200, 111, "och en gång till", 200)...) // a wrapped content line
	text, _, _ = assemble(gs)
	if want := "Mål | Drogfri under placeringen och en gång till\nUppföljning | Möte efter sex veckor"; text != want {
		t.Errorf("table:\n%s\nwant\n%s", text, want)
	}
}

// Text overflowing its table cell onto the next cell is read run after run, never letter
// by letter interleaved ("individuelSlt ipgl,a n" before the fix); a fake-bold run drawn
// twice is read once.
func TestLayoutOverflowingCell(t *testing.T) {
	var gs []glyph
	gs = append(gs, glyphsOf(50, 100, "Steg 1-5, individuell plan", 1)...) // ends at x = 206
	gs = append(gs, glyphsOf(170, 100, "Stig, Hans N.", 2)...)             // drawn over its tail
	text, _, _ := assemble(gs)
	if want := "Steg 1-5, individuell plan Stig, Hans N."; text != want {
		t.Errorf("overflow: %q, want %q", text, want)
	}
	gs = append(glyphsOf(50, 100, "Mål", 1), glyphsOf(50.3, 100, "Mål", 2)...)
	if text, _, _ := assemble(gs); text != "Mål" {
		t.Errorf("fake bold: %q", text)
	}
}
