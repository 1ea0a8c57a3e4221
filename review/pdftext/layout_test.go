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

// Two columns of prose whose lines do not share baselines (a form and a paragraph on the
// left, the assessment flowing on in the right column, each set with its own leading) are
// read left column first, then right, and text set across the page below them after both.
// A heading that stands just above that text belongs to it, not to the left column.
func TestLayoutColumnsOffGrid(t *testing.T) {
	left := []string{
		"Kerstin har bott i samma lägenhet i tjugo år",
		"och har kvar sitt arbete på lagret men är nu",
		"sjukskriven sedan i våras för sin rygg och",
		"dricker vin varje kväll sedan maken dog för",
		"två år sedan enligt vad hon själv berättar",
	}
	right := []string{
		"vi ser att hon behöver stöd för att minska",
		"sitt drickande och få hjälp med sorgen och",
		"att en kontakt med öppenvården i kommunen",
		"är den insats som bäst svarar mot hennes",
		"behov och hennes egen önskan om hjälp nu",
	}
	var gs []glyph
	gs = append(gs, glyphsOf(50, 80, "Namn", 1)...)
	gs = append(gs, glyphsOf(130, 80, "Kerstin Ek", 2)...)
	for i, l := range left {
		gs = append(gs, glyphsOf(50, 100+float64(i)*13, l, int32(10+i))...)
	}
	for i, r := range right {
		gs = append(gs, glyphsOf(330, 86+float64(i)*13, r, int32(20+i))...)
	}
	gs = append(gs, glyphsOf(50, 100+4*13+22, "Preliminär bedömning", 30)...)
	across := "Kerstin behöver en utredning av sin hälsa innan en slutlig bedömning görs av oss"
	gs = append(gs, glyphsOf(50, 100+4*13+36, across, 31)...)
	text, _, _ := assemble(gs)
	want := "Namn Kerstin Ek\n" + strings.Join(left, "\n") + "\n" + strings.Join(right, "\n") + "\nPreliminär bedömning\n" + across
	if text != want {
		t.Errorf("columns off the grid:\n%s\nwant\n%s", text, want)
	}
}

// A plan set as a table of four columns on a landscape page, one line a row but for a cell
// that wraps, is read row by row ("Mål | Insats | Ansvarig | Tid"), never as two columns of
// prose split at the first gutter (every goal, then every intervention: each row's parts
// far apart).
func TestLayoutPlanTableNotColumns(t *testing.T) {
	rows := [][4]string{
		{"Mål", "Insats/aktivitet", "Ansvarig", "Tidpunkt"},
		{"Nykter från maj och framåt", "Kvällsgrupp på onsdagar och PEth", "Annika; Olle", "Grupp 2015-03-18 – 2015-05-20"},
		{"Sover sex timmar utan alkohol", "Sömnskola tre tillfällen", "Olle Sandberg", "2015-04-08 och 2015-04-22"},
		{"Har en egen återfallsplan", "Enskilda samtal varannan vecka", "Annika; Olle", "Klar senast 2015-09-15"},
		{"Sonen har fått eget stöd", "Information om ungdomsgruppen", "Olle Sandberg", "Senast 2015-04-30"},
	}
	xs := [4]float64{50, 260, 465, 610}
	gs := glyphsOf(50, 60, "Genomförandeplan", 1000)
	gs = append(gs, glyphsOf(50, 78, "Beroendeenheten · Klient: Annika Rosén · Behandlare: Olle Sandberg · Datum: 2015-03-25", 1001)...)
	y := 100.0
	for i, r := range rows {
		for k, cell := range r {
			gs = append(gs, glyphsOf(xs[k], y, cell, int32(i*10+k))...)
		}
		if i == 1 { // the first row's intervention and time wrap onto a second line
			gs = append(gs, glyphsOf(xs[1], y+11, "första måndagen i månaden", 90)...)
			gs = append(gs, glyphsOf(xs[3], y+11, "PEth fr.o.m. 2015-04-06", 91)...)
			y += 11
		}
		y += 17
	}
	text, _, _ := assemble(gs)
	for _, r := range rows[1:] {
		found := false
		for _, l := range strings.Split(text, "\n") {
			found = found || (strings.Contains(l, r[0]) && strings.Contains(l, r[1]) && strings.Contains(l, r[3]))
		}
		if !found {
			t.Errorf("row %q … %q not read across:\n%s", r[0], r[3], text)
		}
	}
}

// A column of a form's fields and short paragraphs beside a column of prose (an
// investigation's head and background set beside its assessment) is read column by column,
// not interleaved row by row; a journal whose narrow first column holds the dates stays a
// table read row by row (guards fieldSide in proseColumns).
func TestLayoutFieldColumnBesideProse(t *testing.T) {
	var gs []glyph
	left := []string{"Dnr: SN 2015/0150", "Person: Lena Hjort", "Handläggare: Mats Ek", "Inledd: 2015-02-02",
		"Missbruk", "Alkohol: dagligt, ca en flaska", "vin och starköl sedan 2013.", "Hälsa", "Somatiskt: fallolyckor i",
		"hemmet, en fraktur i januari."}
	right := []string{"Överväganden: Lena har ett beroende", "av både alkohol och tabletter som", "har ökat efter makens död och hon",
		"har fallit upprepade gånger hemma.", "Behov: Lena behöver nedtrappning", "med medicinsk tillsyn och stöd att", "bearbeta sorgen och bygga ett nätverk",
		"Slutsats: detta kan inte ges hemma", "och Solbergsgården bedöms motsvara", "behoven under fyra månader."}
	for i := range left {
		gs = append(gs, glyphsOf(50, 100+float64(i)*12, left[i], int32(i))...)
		gs = append(gs, glyphsOf(300, 100+float64(i)*12, right[i], int32(100+i))...)
	}
	text, _, _ := assemble(gs)
	if want := strings.Join(append(append([]string{}, left...), right...), "\n"); text != want {
		t.Errorf("columns:\n%s\nwant\n%s", text, want)
	}

	gs = nil
	notes := []string{"Tfn Lena, ansöker om behandlingshem.", "Besök. Vi gick igenom hennes situation.", "Hon önskar ett hem enbart för kvinnor.",
		"Utredningen klar och kommunicerad med Lena.", "Lena instämmer i förslaget till beslut.", "Beslut om Solbergsgården från 16 mars.",
		"Uppdragsbeskrivning skickad till hemmet.", "Uppföljning på Solbergsgården med Lena", "Lena är nykter och trappar ned enligt plan.",
		"Nästa uppföljning bokad till augusti."}
	for i, n := range notes {
		gs = append(gs, glyphsOf(50, 100+float64(i)*12, "2015-05-1"+string(rune('0'+i)), int32(i))...)
		gs = append(gs, glyphsOf(130, 100+float64(i)*12, n, int32(100+i))...)
	}
	text, _, _ = assemble(gs)
	if !strings.Contains(text, "2015-05-17 | Uppföljning på Solbergsgården med Lena") {
		t.Errorf("journal table not read row by row:\n%s", text)
	}
}
