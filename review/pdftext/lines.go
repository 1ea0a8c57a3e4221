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

// assemble turns the glyphs of a page into text: lines top to bottom, glyphs left to right,
// spaces where the gaps say so. It also counts undecodable runes (bad) and non-space runes.
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
			lineBuf = writeLine(&sb, lineBuf, sub[start:end])
			start = end
		}
	}
	raw := sb.String()
	for _, r := range raw {
		switch {
		case r == '\uFFFD':
			bad++
			runes++
		case r == '\n' || r == ' ':
		default:
			runes++
		}
	}
	return normalize(raw), bad, runes
}

func writeLine(sb *strings.Builder, buf []byte, line []glyph) []byte {
	slices.SortStableFunc(line, func(a, b glyph) int {
		if a.u < b.u {
			return -1
		}
		if a.u > b.u {
			return 1
		}
		return int(a.seq - b.seq)
	})
	buf = buf[:0]
	lastSpace := true
	var prev *glyph
	for i := range line {
		g := &line[i]
		if prev != nil {
			if g.text == prev.text && math.Abs(g.u-prev.u) < dupDistance*g.size && g.seq != prev.seq+1 {
				continue
			}
			gap := g.u - (prev.u + prev.w)
			adjacent := g.run == prev.run && g.seq == prev.seq+1
			if !lastSpace && gap > wordGap*math.Max(g.size, prev.size) && (!adjacent || gap > 0.8*g.size) {
				buf = append(buf, ' ')
				lastSpace = true
			}
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
	for len(buf) > 0 && buf[len(buf)-1] == ' ' {
		buf = buf[:len(buf)-1]
	}
	if len(buf) > 0 {
		sb.Write(buf)
		sb.WriteByte('\n')
	}
	return buf
}
