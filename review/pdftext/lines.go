package pdftext

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// glyph is one shown character (or ligature) in "line space": u runs along the text
// direction, v across it (top to bottom), both in points.
type glyph struct {
	u, v, w float64
	size    float64
	text    string
	run     int32 // increases at every explicit positioning; same run + consecutive seq = drawn adjacent
	seq     int32
	rot     uint8 // 0: left to right, 1: bottom to top, 2: right to left (upside down), 3: top to bottom
}

func newGlyph(x0, y0, x1, y1, dx, dy, size float64, text string, run, seq int32) glyph {
	g := glyph{size: math.Abs(size), text: text, run: run, seq: seq}
	g.w = math.Hypot(x1-x0, y1-y0)
	switch {
	case math.Abs(dx) >= math.Abs(dy) && dx >= 0:
		g.rot, g.u, g.v = 0, x0, -y0
	case math.Abs(dx) >= math.Abs(dy):
		g.rot, g.u, g.v = 2, -x0, y0
	case dy > 0:
		g.rot, g.u, g.v = 1, y0, x0
	default:
		g.rot, g.u, g.v = 3, -y0, -x0
	}
	if g.size < 1 || math.IsNaN(g.size) || math.IsInf(g.size, 0) {
		g.size = 1
	}
	if g.size > 2000 {
		g.size = 2000
	}
	return g
}

// Line assembly parameters, in units of the font size.
const (
	lineTolerance = 0.5  // baselines closer than this belong to one line
	wordGap       = 0.15 // a gap wider than this between separately placed glyphs is a space
	dupDistance   = 0.1  // the same glyph drawn again this close is a duplicate (fake bold)
)

// assemble turns the glyphs of a page into text in the order a person reads it. Glyphs are
// grouped by text direction, then into lines (baselines within lineTolerance), and each line
// into chunks where a gap wider than chunkGap separates them. The chunks then go through
// layout: a run of lines that share a vertical gutter is either two columns of prose (read
// left column, then right) or a table (read row by row, cells joined by " | "); other lines
// are written as they are, chunks joined by a space. It also counts undecodable runes (bad)
// and non-space runes.
func assemble(gs []glyph) (text string, bad, runes int) {
	if len(gs) == 0 {
		return "", 0, 0
	}
	var counts [4]int
	for i := range gs {
		counts[gs[i].rot]++
	}
	order := []uint8{0, 1, 2, 3}
	slices.SortStableFunc(order, func(a, b uint8) int { return counts[b] - counts[a] })
	var sb strings.Builder
	var lineBuf []byte
	sb.Grow(len(gs) * 2)
	for _, rot := range order {
		if counts[rot] == 0 {
			continue
		}
		sub := make([]glyph, 0, counts[rot])
		for i := range gs {
			if gs[i].rot == rot {
				sub = append(sub, gs[i])
			}
		}
		slices.SortStableFunc(sub, func(a, b glyph) int {
			if a.v < b.v {
				return -1
			}
			if a.v > b.v {
				return 1
			}
			return 0
		})
		var lines []tline
		for start := 0; start < len(sub); {
			ref, size := sub[start].v, sub[start].size
			end := start + 1
			for end < len(sub) {
				g := &sub[end]
				if g.v-ref > lineTolerance*math.Max(size, g.size) {
					break
				}
				size = math.Max(size, g.size)
				end++
			}
			var l tline
			l.v, l.size = ref, size
			l.chunks, lineBuf = chunkLine(lineBuf, sub[start:end])
			if len(l.chunks) > 0 {
				lines = append(lines, l)
			}
			start = end
		}
		layoutLines(&sb, lines)
	}
	raw := sb.String()
	for _, r := range raw {
		switch {
		case r == '\uFFFD':
			bad++
			runes++
		case r == '\n' || r == ' ' || r == '|':
		default:
			runes++
		}
	}
	return normalize(raw), bad, runes
}

// Layout parameters, in units of the font size.
const (
	chunkGap  = 1.0  // a gap wider than this splits a line into chunks (cells, columns)
	gutterMin = 1.0  // the narrowest vertical gap that separates columns
	bandBreak = 3.0  // lines further apart than this do not share a gutter
	rowGap    = 1.25 // in a table, a line pitch this much above the usual starts a new row
	proseMin  = 0.28 // both sides of a gutter this wide (share of the band) make prose columns
)

// chunk is a horizontal run of text within one line.
type chunk struct {
	x0, x1 float64
	text   string
}

// tline is one line of a page: its baseline, font size and chunks, left to right.
type tline struct {
	v, size float64
	chunks  []chunk
}

// layoutLines writes lines in reading order (see assemble).
func layoutLines(sb *strings.Builder, lines []tline) {
	if lo, hi, g0, g1, ok := findColumns(lines); ok {
		layoutLines(sb, lines[:lo])
		left, right := split(lines[lo:hi], g0, g1)
		layoutLines(sb, nonEmpty(left))
		layoutLines(sb, nonEmpty(right))
		layoutLines(sb, lines[hi:])
		return
	}
	for i := 0; i < len(lines); {
		j, g0, g1 := findBand(lines, i)
		if j-i >= 2 {
			writeBand(sb, lines[i:j], g0, g1)
			i = j
			continue
		}
		sb.WriteString(joinChunks(lines[i].chunks))
		sb.WriteByte('\n')
		i++
	}
}

func joinChunks(cs []chunk) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.text
	}
	return strings.Join(parts, " ")
}

// findBand finds the longest run of lines from i on that share a vertical gutter: a gap
// at least gutterMin wide, between two chunks of line i, that no chunk of the following
// lines crosses. It returns the end of the run (exclusive) and the gutter.
func findBand(lines []tline, i int) (end int, g0, g1 float64) {
	end = i + 1
	l := lines[i]
	for k := 0; k+1 < len(l.chunks); k++ {
		a, b := l.chunks[k].x1, l.chunks[k+1].x0
		if b-a < gutterMin*l.size {
			continue
		}
		j := i + 1
		minPitch := math.Inf(1)
		for ; j < len(lines); j++ {
			m := lines[j]
			pitch := m.v - lines[j-1].v
			if pitch > bandBreak*math.Max(m.size, lines[j-1].size) || pitch > 2*minPitch {
				break
			}
			minPitch = math.Min(minPitch, pitch)
			na, nb, ok := a, b, true
			for _, c := range m.chunks {
				if c.x1 <= na || c.x0 >= nb {
					continue
				}
				if c.x0 <= na && c.x1 >= nb {
					ok = false
					break
				}
				if (c.x0+c.x1)/2 < (na+nb)/2 {
					na = c.x1
				} else {
					nb = c.x0
				}
			}
			if !ok || nb-na < gutterMin*m.size {
				break
			}
			a, b = na, nb
		}
		if j > end || (j == end && j-i >= 2 && b-a > g1-g0) {
			end, g0, g1 = j, a, b
		}
	}
	return end, g0, g1
}

// Column parameters.
const (
	colMinLines = 4   // lines each column of prose holds at least
	colFull     = 0.6 // a column line this wide (share of the column's widest) is a full line
	colFullMin  = 0.5 // share of a column's lines that are full lines: prose, not labels
	colCells    = 0.3 // share of a column's lines split again by a gap: more makes it a table
)

// findColumns finds two columns of prose on a page: a vertical gutter that no chunk crosses
// over a run of lines [lo, hi) (a line may hold text on one side only: the columns need not
// share baselines, and one may end before the other), with at least colMinLines lines of
// prose on each side: lines that mostly fill their column, unlike a form's labels. A
// heading or running header across the page ends the run. Two columns are read left
// column first; findBand, which needs the lines of a band to share the gutter line by line,
// reads tables.
func findColumns(lines []tline) (lo, hi int, g0, g1 float64, ok bool) {
	if len(lines) < 2*colMinLines {
		return 0, 0, 0, 0, false
	}
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		x0 = math.Min(x0, l.chunks[0].x0)
		x1 = math.Max(x1, l.chunks[len(l.chunks)-1].x1)
	}
	width := x1 - x0
	best := 0
	var seen []float64
	for i, l := range lines {
		for k := 0; k+1 < len(l.chunks); k++ {
			a, b := l.chunks[k].x1, l.chunks[k+1].x0
			mid := (a + b) / 2
			if b-a < gutterMin*l.size || mid < x0+0.2*width || mid > x0+0.8*width {
				continue
			}
			dup := false
			for _, m := range seen {
				dup = dup || math.Abs(m-mid) < 2
			}
			if dup {
				continue
			}
			seen = append(seen, mid)
			// down from line i, then up from it, narrowing the gutter to what every line leaves free
			end := i + 1
			for ; end < len(lines); end++ {
				na, nb, free := gutterOf(lines[end], lines[end-1], a, b)
				if !free {
					break
				}
				a, b = na, nb
			}
			start := i
			for ; start > 0; start-- {
				na, nb, free := gutterOf(lines[start-1], lines[start], a, b)
				if !free {
					break
				}
				a, b = na, nb
			}
			end = headingBelow(lines, start, end)
			if n := end - start; n > best && proseColumns(lines[start:end], a, b) {
				best, lo, hi, g0, g1, ok = n, start, end, a, b, true
			}
		}
	}
	return lo, hi, g0, g1, ok
}

// headingBelow returns the end of the run [start, end) without the heading of what
// follows it: when the line after the run crosses the gutter (text across the page), a
// last line of the run that stands closer to that line than to the line above it is its
// heading ("Preliminär bedömning" above a paragraph set across the page), not the end of a
// column.
func headingBelow(lines []tline, start, end int) int {
	if end >= len(lines) || end-start < 3 {
		return end
	}
	h := lines[end-1]
	above, below := h.v-lines[end-2].v, lines[end].v-h.v
	if len(h.chunks) == 1 && below < above && below <= bandBreak*h.size {
		return end - 1
	}
	return end
}

// gutterOf narrows the gutter [a, b] to what line m leaves free, prev being its neighbour
// in the run; free is false when a chunk crosses the gutter, the gutter gets narrower than
// gutterMin, or m stands more than bandBreak font sizes from prev (a title or running header
// set apart from the columns).
func gutterOf(m, prev tline, a, b float64) (na, nb float64, free bool) {
	if math.Abs(m.v-prev.v) > bandBreak*math.Min(m.size, prev.size) {
		return a, b, false
	}
	na, nb = a, b
	for _, c := range m.chunks {
		if c.x1 <= na || c.x0 >= nb {
			continue
		}
		if c.x0 <= na && c.x1 >= nb {
			return a, b, false
		}
		if (c.x0+c.x1)/2 < (na+nb)/2 {
			na = c.x1
		} else {
			nb = c.x0
		}
	}
	return na, nb, nb-na >= gutterMin*m.size
}

// proseColumns reports whether both sides of the gutter hold prose: colMinLines lines or
// more, of colWords words on average, as wide on average as proseMin of the run, most of
// them full lines of their column (a form's labels and values are short and ragged), and
// no more than colCells of them split again by a gap (a table of three or more columns,
// whose rows findBand reads across: a plan as "Mål | Insats | Ansvarig | Tid" is not two
// columns of prose). Columns of prose may share baselines or not.
func proseColumns(lines []tline, g0, g1 float64) bool {
	left, right := split(lines, g0, g1)
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		x0 = math.Min(x0, l.chunks[0].x0)
		x1 = math.Max(x1, l.chunks[len(l.chunks)-1].x1)
	}
	nl, nr := nonEmpty(left), nonEmpty(right)
	w := x1 - x0
	if proseSide(nl) && proseSide(nr) && meanWidth(nl) >= proseMin*w && meanWidth(nr) >= proseMin*w {
		return true
	}
	// a column of prose beside a column of a form's fields and short paragraphs (an
	// investigation's head and background set beside its assessment): both columns long,
	// the other side worded
	return len(nl) >= 2*colMinLines && len(nr) >= 2*colMinLines &&
		(proseSide(nl) && fieldSide(nr) || proseSide(nr) && fieldSide(nl))
}

// fieldSide reports whether a column holds a form's fields and short paragraphs, three
// words a line or more on average (a table's first column of dates or labels holds one or
// two).
func fieldSide(ls []tline) bool {
	words := 0
	for _, l := range ls {
		for _, c := range l.chunks {
			words += len(strings.Fields(c.text))
		}
	}
	return words >= 3*len(ls)
}

// colWords is the mean number of words of a line of prose in a column.
const colWords = 4

func proseSide(ls []tline) bool {
	if len(ls) < colMinLines {
		return false
	}
	words := 0
	for _, l := range ls {
		for _, c := range l.chunks {
			words += len(strings.Fields(c.text))
		}
	}
	if words < colWords*len(ls) {
		return false
	}
	cells := 0
	for _, l := range ls {
		if len(l.chunks) > 1 {
			cells++
		}
	}
	if float64(cells) > colCells*float64(len(ls)) {
		return false
	}
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, l := range ls {
		x0 = math.Min(x0, l.chunks[0].x0)
		x1 = math.Max(x1, l.chunks[len(l.chunks)-1].x1)
	}
	full := 0
	for _, l := range ls {
		if l.chunks[len(l.chunks)-1].x1-l.chunks[0].x0 >= colFull*(x1-x0) {
			full++
		}
	}
	return float64(full) >= colFullMin*float64(len(ls))
}

// split divides each line's chunks at the gutter.
func split(lines []tline, g0, g1 float64) (left, right []tline) {
	left, right = make([]tline, len(lines)), make([]tline, len(lines))
	mid := (g0 + g1) / 2
	for i, l := range lines {
		left[i].v, left[i].size = l.v, l.size
		right[i].v, right[i].size = l.v, l.size
		for _, c := range l.chunks {
			if c.x1 <= mid {
				left[i].chunks = append(left[i].chunks, c)
			} else {
				right[i].chunks = append(right[i].chunks, c)
			}
		}
	}
	return left, right
}

func nonEmpty(ls []tline) []tline {
	var out []tline
	for _, l := range ls {
		if len(l.chunks) > 0 {
			out = append(out, l)
		}
	}
	return out
}

func meanWidth(ls []tline) float64 {
	w, n := 0.0, 0
	for _, l := range ls {
		if len(l.chunks) > 0 {
			w += l.chunks[len(l.chunks)-1].x1 - l.chunks[0].x0
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return w / float64(n)
}

// writeBand writes lines that share a gutter: as two columns of prose when both sides hold
// at least three lines of some width, otherwise as table rows ("left | right").
func writeBand(sb *strings.Builder, lines []tline, g0, g1 float64) {
	left, right := split(lines, g0, g1)
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		x0 = math.Min(x0, l.chunks[0].x0)
		x1 = math.Max(x1, l.chunks[len(l.chunks)-1].x1)
	}
	width := x1 - x0
	nl, nr := nonEmpty(left), nonEmpty(right)
	if len(nl) >= 3 && len(nr) >= 3 && meanWidth(nl) >= proseMin*width && meanWidth(nr) >= proseMin*width {
		layoutLines(sb, nl)
		layoutLines(sb, nr)
		return
	}
	for _, row := range tableRows(lines, left) {
		cells := []string{}
		if t := rowText(left[row[0]:row[1]]); t != "" {
			cells = append(cells, t)
		}
		if t := rowText(right[row[0]:row[1]]); t != "" {
			cells = append(cells, t)
		}
		sb.WriteString(strings.Join(cells, " | "))
		sb.WriteByte('\n')
	}
}

// tableRows cuts a table's lines into rows [start, end): a row starts at a line whose
// left cell starts with anything but a lower-case letter, or (when the table's rows are
// spaced apart) after a gap wider than the usual line pitch.
func tableRows(lines, left []tline) [][2]int {
	var pitches []float64
	for i := 1; i < len(lines); i++ {
		pitches = append(pitches, lines[i].v-lines[i-1].v)
	}
	slices.Sort(pitches)
	pitch := pitches[len(pitches)/2]
	if len(pitches) > 1 {
		pitch = pitches[0]
	}
	spaced := false
	for _, p := range pitches {
		if p > rowGap*pitch {
			spaced = true
		}
	}
	var rows [][2]int
	start := 0
	for i := 1; i < len(lines); i++ {
		gap := lines[i].v - lines[i-1].v
		// a label that starts in lower case continues the one above ("Socialtjänstens /
		// bedömning"); in a table whose rows are spaced apart, the space starts a row
		newRow := len(left[i].chunks) > 0 && !startsLower(left[i].chunks[0].text) || spaced && gap > rowGap*pitch
		if newRow {
			rows = append(rows, [2]int{start, i})
			start = i
		}
	}
	return append(rows, [2]int{start, len(lines)})
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// rowText is the text of one cell of a table row: its lines joined by spaces, or, when
// the cell's lines share another gutter, its own cells joined by " | ".
func rowText(ls []tline) string {
	ls = nonEmpty(ls)
	if len(ls) == 0 {
		return ""
	}
	if len(ls) >= 1 {
		if j, g0, g1 := findBand(ls, 0); j == len(ls) && (len(ls) >= 2 || len(ls[0].chunks) >= 2) && g1 > g0 {
			l, r := split(ls, g0, g1)
			lt, rt := rowText(l), rowText(r)
			switch {
			case lt == "":
				return rt
			case rt == "":
				return lt
			}
			return lt + " | " + rt
		}
	}
	parts := make([]string, len(ls))
	for i, l := range ls {
		parts[i] = joinChunks(l.chunks)
	}
	return strings.Join(parts, " ")
}

// overlapShare is how far (in font sizes) a run of text must reach back over the run
// before it to be text overflowing a table cell rather than kerning.
const overlapShare = 0.5

// orderLine orders one line's glyphs left to right as runs: a run is glyphs drawn one
// after another in one positioning (a word, a cell's text). Runs are ordered by
// where they start and each is kept whole, so that text overflowing its table cell onto
// the next cell ("individuell plan" over "Stig, Hans N.") is read run after run instead of
// letter by letter interleaved. It reports for each glyph whether it starts a run that
// reaches back over the one before (a word boundary the gaps cannot show).
func orderLine(line []glyph) (ordered []glyph, overlapStart []bool) {
	slices.SortStableFunc(line, func(a, b glyph) int {
		if a.run != b.run {
			return int(a.run - b.run)
		}
		return int(a.seq - b.seq)
	})
	type seg struct {
		gs     []glyph
		u0, u1 float64
	}
	var segs []seg
	for i := 0; i < len(line); {
		j := i + 1
		for j < len(line) && line[j].run == line[i].run && line[j].seq > line[j-1].seq {
			j++
		}
		sg := seg{gs: line[i:j], u0: math.Inf(1), u1: math.Inf(-1)}
		monotone := true
		for k, g := range sg.gs {
			sg.u0 = math.Min(sg.u0, g.u)
			sg.u1 = math.Max(sg.u1, g.u+g.w)
			if k > 0 && g.u < sg.gs[k-1].u-dupDistance*g.size {
				monotone = false
			}
		}
		if !monotone { // a run drawn right to left or out of order: place its glyphs singly
			for k := range sg.gs {
				g := sg.gs[k]
				segs = append(segs, seg{gs: sg.gs[k : k+1], u0: g.u, u1: g.u + g.w})
			}
		} else {
			segs = append(segs, sg)
		}
		i = j
	}
	slices.SortStableFunc(segs, func(a, b seg) int {
		if a.u0 < b.u0 {
			return -1
		}
		if a.u0 > b.u0 {
			return 1
		}
		return 0
	})
	ordered = make([]glyph, 0, len(line))
	overlapStart = make([]bool, 0, len(line))
	reach := math.Inf(-1)
	for si, sg := range segs {
		size := sg.gs[0].size
		if si > 0 && len(sg.gs) > 1 && sameText(sg.gs, segs[si-1].gs) && math.Abs(sg.u0-segs[si-1].u0) < dupDistance*size {
			continue // fake bold: the same run drawn again a hair to the side
		}
		if len(sg.gs) > 1 && sg.u0 < reach-overlapShare*size {
			// overlaps the text before it: whole, after it
			for k, g := range sg.gs {
				ordered = append(ordered, g)
				overlapStart = append(overlapStart, k == 0)
			}
		} else {
			// merge by position with what is already placed (single glyphs, kerning)
			for _, g := range sg.gs {
				k := len(ordered)
				for k > 0 && ordered[k-1].u > g.u && !overlapStart[k-1] {
					k--
				}
				ordered = slices.Insert(ordered, k, g)
				overlapStart = slices.Insert(overlapStart, k, false)
			}
		}
		reach = math.Max(reach, sg.u1)
	}
	return ordered, overlapStart
}

func sameText(a, b []glyph) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].text != b[i].text {
			return false
		}
	}
	return true
}

// adjacentSpace is how much wider than the line's usual letter spacing (in font sizes) the
// gap between two glyphs drawn one after the other must be to be a space. Within one
// string the gap is the character spacing (Tc) alone: Ghostscript and other producers write
// a justified line's word spaces that way ("(va)" with Tc 0.5 em is "v a"), while a
// letter-spaced heading spaces every pair alike.
const adjacentSpace = 0.18

// tracking is the median gap between adjacent glyphs of a line (letter spacing), in points.
func tracking(line []glyph) float64 {
	var gaps []float64
	for i := 1; i < len(line); i++ {
		a, b := &line[i-1], &line[i]
		if b.run == a.run && b.seq == a.seq+1 && strings.TrimSpace(a.text) != "" && strings.TrimSpace(b.text) != "" {
			gaps = append(gaps, b.u-(a.u+a.w))
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	slices.Sort(gaps)
	return math.Max(0, gaps[len(gaps)/2])
}

// chunkLine orders one line's glyphs left to right (orderLine), inserts spaces where the
// gaps say so, drops fake-bold duplicates, and cuts the line into chunks at gaps wider
// than chunkGap.
func chunkLine(buf []byte, line []glyph) ([]chunk, []byte) {
	line, overlap := orderLine(line)
	track := tracking(line)
	var out []chunk
	buf = buf[:0]
	lastSpace := true
	var prev *glyph
	x0 := 0.0
	flush := func(x1 float64) {
		for len(buf) > 0 && buf[len(buf)-1] == ' ' {
			buf = buf[:len(buf)-1]
		}
		if len(buf) > 0 {
			out = append(out, chunk{x0: x0, x1: x1, text: string(buf)})
		}
		buf = buf[:0]
		lastSpace = true
	}
	for i := range line {
		g := &line[i]
		if prev != nil {
			if g.text == prev.text && math.Abs(g.u-prev.u) < dupDistance*g.size && g.seq != prev.seq+1 {
				continue
			}
			gap := g.u - (prev.u + prev.w)
			adjacent := g.run == prev.run && g.seq == prev.seq+1
			if gap > chunkGap*math.Max(g.size, prev.size) && !adjacent {
				flush(prev.u + prev.w)
			} else if !lastSpace && (overlap[i] || gap > wordGap*math.Max(g.size, prev.size) && (!adjacent || gap-track > adjacentSpace*g.size)) {
				buf = append(buf, ' ')
				lastSpace = true
			}
		}
		if len(buf) == 0 {
			x0 = g.u
		}
		prev = g
		for _, r := range g.text {
			switch {
			case r == ' ' || r == '\t' || r == '\u00A0' || r == '\r' || r == '\n':
				if !lastSpace {
					buf = append(buf, ' ')
					lastSpace = true
				}
			case r < 32 || (r >= 0x7F && r < 0xA0):
				buf = utf8.AppendRune(buf, '\uFFFD')
				lastSpace = false
			default:
				buf = utf8.AppendRune(buf, r)
				lastSpace = unicode.IsSpace(r)
			}
		}
	}
	if prev != nil {
		flush(prev.u + prev.w)
	}
	return out, buf
}
