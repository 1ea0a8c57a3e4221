package pdftext

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// fontInfo is everything the engine needs from a font: how to split a string into codes,
// each code's advance width and its Unicode text. It is built once per font and document.
type fontInfo struct {
	twoByte bool
	scale   float64 // glyph space to text space (1/1000, or FontMatrix[0] for Type 3)
	first   int
	widths  []float64 // simple fonts, already scaled
	missing float64   // width of codes outside widths, scaled
	cidW    map[uint32]float64
	dw      float64
	toUni   map[uint32]string
	table   *[256]string // simple fonts: final code -> text table
}

// nullFont stands in when no font was selected: one byte per code, Latin-1 text.
var nullFont = func() *fontInfo {
	f := &fontInfo{scale: 0.001, missing: 0.5}
	var t [256]string
	for i := range t {
		t[i] = string(rune(i))
	}
	f.table = &t
	return f
}()

func (f *fontInfo) next(s string) (code uint32, n int) {
	if f.twoByte && len(s) >= 2 {
		return uint32(s[0])<<8 | uint32(s[1]), 2
	}
	return uint32(s[0]), 1
}

func (f *fontInfo) width(code uint32) float64 {
	if f.twoByte {
		if w, ok := f.cidW[code]; ok {
			return w
		}
		return f.dw
	}
	i := int(code) - f.first
	if i >= 0 && i < len(f.widths) {
		if w := f.widths[i]; w > 0 {
			return w
		}
	}
	return f.missing
}

func (f *fontInfo) decode(code uint32) string {
	if f.table != nil && code < 256 {
		return f.table[code]
	}
	if s, ok := f.toUni[code]; ok {
		return s
	}
	return "\uFFFD"
}

type resName struct {
	key  uint64
	name string
}

// fontCache keeps parsed fonts for one document, keyed by the resource dictionary they were
// found in and by the font object itself, so a font is parsed once however many pages use it.
type fontCache struct {
	byRes  map[resName]*fontInfo
	byFont map[resName]*fontInfo
}

func newFontCache() *fontCache {
	return &fontCache{byRes: map[resName]*fontInfo{}, byFont: map[resName]*fontInfo{}}
}

func (c *fontCache) get(fonts pdf.Value, resKey uint64, name string) *fontInfo {
	rk := resName{resKey, name}
	if f, ok := c.byRes[rk]; ok {
		return f
	}
	fv := fonts.Key(name)
	var f *fontInfo
	if fk, ok := objKey(fv); ok && fv.Kind() == pdf.Dict {
		k := resName{fk, name}
		if f = c.byFont[k]; f == nil {
			f = loadFont(fv)
			c.byFont[k] = f
		}
	} else {
		f = loadFont(fv)
	}
	c.byRes[rk] = f
	return f
}

// loadFont reads a font dictionary. It never fails: what cannot be read is guessed.
func loadFont(fv pdf.Value) (f *fontInfo) {
	f = &fontInfo{scale: 0.001, dw: 1, missing: 0.5}
	defer func() {
		if r := recover(); r != nil {
			if f.table == nil && !f.twoByte {
				f.table = nullFont.table
			}
		}
	}()
	if fv.Kind() != pdf.Dict {
		f.table = nullFont.table
		return f
	}
	subtype := fv.Key("Subtype").Name()
	if tu := fv.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUni = parseToUnicode(tu, fv)
	}
	if subtype == "Type0" {
		f.twoByte = true
		d := fv.Key("DescendantFonts").Index(0)
		f.dw = 1
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64() * f.scale
		}
		f.cidW = parseCIDWidths(d.Key("W"), f.scale)
		return f
	}
	if subtype == "Type3" {
		if m := fv.Key("FontMatrix"); m.Len() == 6 && m.Index(0).Float64() != 0 {
			f.scale = m.Index(0).Float64()
		}
	}
	f.first = int(fv.Key("FirstChar").Int64())
	if w := fv.Key("Widths"); w.Kind() == pdf.Array {
		n := w.Len()
		if n > 256 {
			n = 256
		}
		f.widths = make([]float64, n)
		for i := 0; i < n; i++ {
			f.widths[i] = w.Index(i).Float64() * f.scale
		}
	}
	if mw := fv.Key("FontDescriptor").Key("MissingWidth").Float64(); mw > 0 {
		f.missing = mw * f.scale
	} else if strings.Contains(fv.Key("BaseFont").Name(), "Courier") {
		f.missing = 0.6
	}
	f.table = simpleTable(fv, f.toUni)
	if f.widths == nil {
		f.standardWidths(fv.Key("BaseFont").Name())
	}
	return f
}

// standardFontRE names a standard font (or its common stand-ins) without its subset prefix.
var standardFontRE = regexp.MustCompile(`^(?:[A-Z]{6}\+)?(Helvetica|Arial|ArialMT|Times|TimesNewRoman|TimesNewRomanPS|Times-Roman)(?:PS)?(?:MT)?(?:[-,](Bold|Italic|Oblique|BoldItalic|BoldOblique|BoldMT|ItalicMT|BoldItalicMT))?$`)

// standardWidths fills in the widths of a simple font that has none (/Widths may be left
// out for the standard 14 fonts, as ReportLab does): the Adobe metrics of Helvetica or
// Times by the text each code shows, so that gaps between runs of text (table cells,
// columns, words) are measured, not guessed from one width for every glyph.
func (f *fontInfo) standardWidths(base string) {
	m := standardFontRE.FindStringSubmatch(base)
	if m == nil || f.table == nil {
		return
	}
	family := "Helvetica"
	if strings.HasPrefix(m[1], "Times") {
		family = "Times"
	}
	bold, italic := strings.Contains(m[2], "Bold"), strings.Contains(m[2], "Italic") || strings.Contains(m[2], "Oblique")
	name := family
	switch {
	case family == "Times" && bold && italic:
		name = "Times-BoldItalic"
	case family == "Times" && bold:
		name = "Times-Bold"
	case family == "Times" && italic:
		name = "Times-Italic"
	case family == "Times":
		name = "Times-Roman"
	case bold:
		name = "Helvetica-Bold"
	}
	ws := standardWidths[name]
	f.first = 0
	f.widths = make([]float64, 256)
	for i := range f.widths {
		r, _ := utf8.DecodeRuneInString(f.table[i])
		if w, ok := ws[r]; ok {
			f.widths[i] = float64(w) * f.scale
		}
	}
}

// simpleTable builds the code -> text table of a simple (one byte per code) font:
// the ToUnicode map first, then /Differences, then the base encoding.
func simpleTable(fv pdf.Value, toUni map[uint32]string) *[256]string {
	var t [256]string
	enc := fv.Key("Encoding")
	baseName := enc.Name()
	if enc.Kind() == pdf.Dict {
		baseName = enc.Key("BaseEncoding").Name()
	}
	var cm *charmap.Charmap = charmap.Windows1252
	if baseName == "MacRomanEncoding" {
		cm = charmap.Macintosh
	}
	for i := 0; i < 256; i++ {
		if i < 32 {
			t[i] = "" // control codes: symbolic fonts without a map
			continue
		}
		r := cm.DecodeByte(byte(i))
		if r == 0xFFFD || r < 32 {
			t[i] = "\uFFFD"
			continue
		}
		t[i] = string(r)
	}
	if baseName == "" && enc.Kind() != pdf.Dict {
		// Standard encoding differs from WinAnsi in the quotes.
		t['\''] = "\u2019"
		t['`'] = "\u2018"
	}
	if enc.Kind() == pdf.Dict {
		if diffs := enc.Key("Differences"); diffs.Kind() == pdf.Array {
			lib := (&pdf.Font{V: fv}).Encoder()
			code := -1
			for i := 0; i < diffs.Len() && i < 4096; i++ {
				x := diffs.Index(i)
				switch x.Kind() {
				case pdf.Integer:
					code = int(x.Int64())
				case pdf.Name:
					if code >= 0 && code < 256 {
						t[code] = glyphText(x.Name(), byte(code), lib)
					}
					code++
				}
			}
		}
	}
	for c, s := range toUni {
		if c < 256 {
			t[c] = s
		}
	}
	return &t
}

// glyphText maps a glyph name to text, using the library's glyph list and the uniXXXX and
// uXXXX[XX] conventions.
func glyphText(name string, code byte, lib pdf.TextEncoding) string {
	if s, ok := uniName(name); ok {
		return s
	}
	if name == "space" {
		return " "
	}
	if lib != nil {
		if s := lib.Decode(string([]byte{code})); s != "" {
			if []rune(s)[0] != rune(code) || name == string(rune(code)) {
				return s
			}
		}
	}
	if len(name) == 1 {
		return name
	}
	return "\uFFFD"
}

func uniName(name string) (string, bool) {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	var hex string
	switch {
	case strings.HasPrefix(name, "uni") && len(name) == 7:
		hex = name[3:]
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		hex = name[1:]
	default:
		return "", false
	}
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000) {
		return "", false
	}
	return string(rune(v)), true
}

func parseCIDWidths(w pdf.Value, scale float64) map[uint32]float64 {
	m := map[uint32]float64{}
	n := w.Len()
	for i := 0; i < n; {
		first := w.Index(i)
		if first.Kind() != pdf.Integer {
			break
		}
		c := uint32(first.Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(m) < 1<<17; j++ {
				m[c+uint32(j)] = next.Index(j).Float64() * scale
			}
			i += 2
			continue
		}
		last := uint32(next.Int64())
		wv := w.Index(i+2).Float64() * scale
		for c2 := c; c2 <= last && c2-c < 1<<16 && len(m) < 1<<17; c2++ {
			m[c2] = wv
		}
		i += 3
	}
	return m
}

// parseToUnicode reads a ToUnicode CMap (bfchar and bfrange sections). dummy must be a
// dictionary value: it stands in for the ProcSet that "findresource" would return.
func parseToUnicode(strm, dummy pdf.Value) (m map[uint32]string) {
	m = map[uint32]string{}
	defer func() {
		if recover() != nil {
			// keep what was read before the malformed part
			_ = m
		}
	}()
	var args []pdf.Value
	popAll := func(stk *pdf.Stack) []pdf.Value {
		n := stk.Len()
		args = args[:0]
		for i := 0; i < n; i++ {
			args = append(args, pdf.Value{})
		}
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		return args
	}
	const maxEntries = 1 << 18
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		switch op {
		case "findresource":
			stk.Pop()
			stk.Pop()
			stk.Push(dummy)
		case "defineresource":
			stk.Pop()
			v := stk.Pop()
			stk.Pop()
			stk.Push(v)
		case "endbfchar":
			a := popAll(stk)
			for i := 0; i+1 < len(a) && len(m) < maxEntries; i += 2 {
				src := a[i].RawString()
				if src == "" || len(src) > 4 {
					continue
				}
				m[codeOf(src)] = utf16Text(a[i+1].RawString())
			}
		case "endbfrange":
			a := popAll(stk)
			for i := 0; i+2 < len(a); i += 3 {
				lo, hi := a[i].RawString(), a[i+1].RawString()
				if lo == "" || len(lo) > 4 || len(hi) != len(lo) {
					continue
				}
				l, h := codeOf(lo), codeOf(hi)
				dst := a[i+2]
				if h < l || h-l > 0xFFFF {
					continue
				}
				switch dst.Kind() {
				case pdf.String:
					units := utf16Units(dst.RawString())
					if len(units) == 0 {
						continue
					}
					for c := l; c <= h && len(m) < maxEntries; c++ {
						u := append([]uint16(nil), units...)
						u[len(u)-1] += uint16(c - l)
						m[c] = string(utf16.Decode(u))
					}
				case pdf.Array:
					for c := l; c <= h && int(c-l) < dst.Len() && len(m) < maxEntries; c++ {
						m[c] = utf16Text(dst.Index(int(c - l)).RawString())
					}
				}
			}
		default:
			popAll(stk)
		}
	})
	return m
}

func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s); i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	if len(s)%2 == 1 { // a one-byte destination: treat as a code point
		u = append(u, uint16(s[len(s)-1]))
	}
	return u
}

func utf16Text(s string) string {
	return string(utf16.Decode(utf16Units(s)))
}
