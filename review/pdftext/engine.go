package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"runtime"
	"strings"

	"github.com/ledongthuc/pdf"
)

// This file is the in-process Go engine: it opens a PDF with github.com/ledongthuc/pdf,
// walks the page tree once and interprets each page's content stream itself (including
// Form XObjects), placing glyphs by position. It must only run inside the worker child:
// the library can loop forever or exhaust memory on hostile input.

const engineGo = "ledongthuc"

// errTooManyPages is returned when the page tree holds more pages than allowed.
var errTooManyPages = errors.New("too many pages")

// goPage is what the Go engine learned about one page.
type goPage struct {
	Text   string // normalised text; "" when none
	Err    string // interpretation error, if the page could not be read
	Bad    int    // undecodable runes (U+FFFD, control characters) seen before normalisation
	Runes  int    // non-space runes seen
	Images bool   // the page paints at least one image
}

// goDoc is the Go engine's result for one file.
type goDoc struct {
	OpenErr  string // non-empty when the file could not be opened
	Producer string
	Pages    []goPage
	TooLarge bool // more than maxPages pages
}

// extractGo runs the Go engine on data. It never panics: a panic inside the library is turned
// into an open or page error. (Fatal runtime errors and endless loops are not recoverable;
// that is why this runs in a child process.)
func extractGo(data []byte, maxPages int) (doc goDoc) {
	defer func() {
		if r := recover(); r != nil {
			doc = goDoc{OpenErr: fmt.Sprintf("panic: %v", r)}
		}
	}()
	ra := newPatchedReader(data)
	if ra == nil {
		return goDoc{OpenErr: "not a PDF file: no %PDF header"}
	}
	r, err := pdf.NewReader(ra, ra.size())
	if err != nil {
		return goDoc{OpenErr: err.Error()}
	}
	doc.Producer = safeText(func() string { return r.Trailer().Key("Info").Key("Producer").Text() })
	pages, err := collectPages(r, maxPages)
	if errors.Is(err, errTooManyPages) {
		doc.TooLarge = true
		return doc
	}
	if err != nil {
		doc.OpenErr = err.Error()
		return doc
	}
	fc := newFontCache()
	doc.Pages = make([]goPage, len(pages))
	for i, p := range pages {
		doc.Pages[i] = extractPage(p, fc)
	}
	return doc
}

func safeText(f func() string) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	return normalize(f())
}

// patchedReader serves a PDF held in memory. It hides bytes before the %PDF header and,
// when the header is not one the library accepts ("%PDF-1.0" to "%PDF-1.7" followed by a
// line end), presents it as "%PDF-1.7\n", so that PDF 2.0 files and headers followed by a
// space are read too.
type patchedReader struct {
	data  []byte
	patch bool
}

var fakeHeader = []byte("%PDF-1.7\n")

func newPatchedReader(data []byte) *patchedReader {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return nil
	}
	d := data[i:]
	ok := len(d) > 9 && bytes.HasPrefix(d, []byte("%PDF-1.")) && d[7] >= '0' && d[7] <= '7' && isEOL(d[8])
	return &patchedReader{data: d, patch: !ok}
}

func (p *patchedReader) size() int64 { return int64(len(p.data)) }

func (p *patchedReader) ReadAt(b []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	if off >= int64(len(p.data)) {
		return 0, io.EOF
	}
	n := copy(b, p.data[off:])
	if p.patch {
		for o := off; o < int64(len(fakeHeader)) && o < off+int64(n); o++ {
			b[o-off] = fakeHeader[o]
		}
	}
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

func isEOL(c byte) bool { return c == '\n' || c == '\r' }

// pageRef is one leaf of the page tree with its inherited resources.
type pageRef struct {
	v   pdf.Value
	res pdf.Value
}

// objKey returns the object number and generation a Value was loaded from (for a direct
// object: the enclosing indirect object's). The library does not export it; it is read
// with reflect, and ok is false if that ever stops working.
func objKey(v pdf.Value) (key uint64, ok bool) {
	defer func() {
		if recover() != nil {
			key, ok = 0, false
		}
	}()
	p := reflect.ValueOf(v).FieldByName("ptr")
	if !p.IsValid() || p.Kind() != reflect.Struct || p.NumField() != 2 {
		return 0, false
	}
	return p.Field(0).Uint()<<16 | p.Field(1).Uint(), true
}

// collectPages walks the page tree once, depth first, ignoring /Count. Kids that point back
// at a node already visited (cycles) are skipped; the walk is bounded in depth and nodes.
func collectPages(r *pdf.Reader, maxPages int) ([]pageRef, error) {
	root := r.Trailer().Key("Root").Key("Pages")
	if root.Kind() != pdf.Dict {
		return nil, errors.New("no page tree")
	}
	var pages []pageRef
	visited := map[uint64]bool{}
	nodes := 0
	budget := 4*maxPages + 10000
	var walk func(n, res pdf.Value, parentKey uint64, depth int) error
	walk = func(n, res pdf.Value, parentKey uint64, depth int) error {
		nodes++
		if nodes > budget {
			return errors.New("page tree too large or cyclic")
		}
		key, ok := objKey(n)
		if ok && key != parentKey { // key == parentKey: a direct object inside its parent
			if visited[key] {
				return nil
			}
			visited[key] = true
		}
		if r := n.Key("Resources"); r.Kind() == pdf.Dict {
			res = r
		}
		kids := n.Key("Kids")
		typ := n.Key("Type").Name()
		if typ == "Pages" || (typ != "Page" && kids.Kind() == pdf.Array) {
			if depth > 1000 {
				return errors.New("page tree too deep")
			}
			for i := 0; i < kids.Len(); i++ {
				kid := kids.Index(i)
				if kid.Kind() != pdf.Dict {
					continue
				}
				if err := walk(kid, res, key, depth+1); err != nil {
					return err
				}
			}
			return nil
		}
		if typ == "Page" || n.Key("Contents").Kind() != pdf.Null {
			if len(pages) >= maxPages {
				return errTooManyPages
			}
			pages = append(pages, pageRef{v: n, res: res})
		}
		return nil
	}
	if err := walk(root, pdf.Value{}, math.MaxUint64, 0); err != nil {
		return nil, err
	}
	return pages, nil
}

// matrix is an affine transform [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m first, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm   matrix
	tc    float64
	tw    float64
	th    float64
	tl    float64
	tfs   float64
	trise float64
	font  *fontInfo
}

// interp interprets the content streams of one page.
type interp struct {
	fc      *fontCache
	g       gstate
	stack   []gstate
	tm, tlm matrix
	glyphs  []glyph
	run     int32
	seq     int32
	args    []pdf.Value
	images  bool
	forms   []uint64 // keys of the form XObjects being interpreted (cycle guard)
	ops     int
}

// maxOps bounds the operators interpreted per page (including forms).
const maxOps = 20_000_000

func extractPage(p pageRef, fc *fontCache) (out goPage) {
	in := &interp{fc: fc}
	in.g = gstate{ctm: identity, th: 1}
	func() {
		defer func() {
			if r := recover(); r != nil {
				if re, ok := r.(runtime.Error); ok && strings.Contains(re.Error(), "out of memory") {
					panic(r)
				}
				out.Err = fmt.Sprint(r)
			}
		}()
		contents := p.v.Key("Contents")
		if contents.Kind() == pdf.Null {
			return
		}
		in.run1(contents, p.res, 0)
	}()
	out.Images = in.images
	text, bad, n := assemble(in.glyphs)
	out.Text, out.Bad, out.Runes = text, bad, n
	return out
}

func (in *interp) popArgs(stk *pdf.Stack) []pdf.Value {
	n := stk.Len()
	if cap(in.args) < n {
		in.args = make([]pdf.Value, n)
	}
	args := in.args[:n]
	for i := n - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

func num(args []pdf.Value, i int) float64 {
	if i < len(args) {
		return args[i].Float64()
	}
	return 0
}

func matrixArgs(args []pdf.Value) (matrix, bool) {
	if len(args) < 6 {
		return identity, false
	}
	a := args[len(args)-6:]
	return matrix{a[0].Float64(), a[1].Float64(), a[2].Float64(), a[3].Float64(), a[4].Float64(), a[5].Float64()}, true
}

// run1 interprets one content stream (page contents or a form XObject) with resources res.
func (in *interp) run1(strm, res pdf.Value, depth int) {
	resKey, _ := objKey(res)
	fonts := res.Key("Font")
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		in.ops++
		if in.ops > maxOps {
			panic("too many content operators")
		}
		args := in.popArgs(stk)
		switch op {
		case "q":
			if len(in.stack) < 256 {
				in.stack = append(in.stack, in.g)
			}
		case "Q":
			if n := len(in.stack); n > 0 {
				in.g = in.stack[n-1]
				in.stack = in.stack[:n-1]
			}
		case "cm":
			if m, ok := matrixArgs(args); ok {
				in.g.ctm = m.mul(in.g.ctm)
			}
		case "BT":
			in.tm, in.tlm = identity, identity
		case "Tc":
			in.g.tc = num(args, 0)
		case "Tw":
			in.g.tw = num(args, 0)
		case "Tz":
			in.g.th = num(args, 0) / 100
		case "TL":
			in.g.tl = num(args, 0)
		case "Ts":
			in.g.trise = num(args, 0)
		case "Tf":
			if len(args) >= 2 {
				name := args[len(args)-2].Name()
				in.g.font = in.fc.get(fonts, resKey, name)
				in.g.tfs = args[len(args)-1].Float64()
			}
		case "Td", "TD":
			if len(args) >= 2 {
				tx, ty := num(args, len(args)-2), num(args, len(args)-1)
				if op == "TD" {
					in.g.tl = -ty
				}
				in.moveLine(tx, ty)
			}
		case "Tm":
			if m, ok := matrixArgs(args); ok {
				in.tm, in.tlm = m, m
				in.run++
			}
		case "T*":
			in.moveLine(0, -in.g.tl)
		case "Tj":
			if len(args) >= 1 {
				in.show(args[len(args)-1].RawString())
			}
		case "'":
			if len(args) >= 1 {
				in.moveLine(0, -in.g.tl)
				in.show(args[len(args)-1].RawString())
			}
		case "\"":
			if len(args) >= 3 {
				in.g.tw = num(args, len(args)-3)
				in.g.tc = num(args, len(args)-2)
				in.moveLine(0, -in.g.tl)
				in.show(args[len(args)-1].RawString())
			}
		case "TJ":
			if len(args) >= 1 {
				a := args[len(args)-1]
				for i := 0; i < a.Len(); i++ {
					x := a.Index(i)
					if x.Kind() == pdf.String {
						in.show(x.RawString())
					} else {
						tx := -x.Float64() / 1000 * in.g.tfs * in.g.th
						in.advance(tx)
						in.run++
					}
				}
				in.run++
			}
		case "BI", "ID", "EI":
			in.images = true
		case "Do":
			if len(args) >= 1 {
				in.doXObject(res, args[len(args)-1].Name(), depth)
			}
		}
	})
}

func (in *interp) moveLine(tx, ty float64) {
	in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	in.tm = in.tlm
	in.run++
}

func (in *interp) advance(tx float64) {
	in.tm[4] += tx * in.tm[0]
	in.tm[5] += tx * in.tm[1]
}

func (in *interp) doXObject(res pdf.Value, name string, depth int) {
	x := res.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		in.images = true
	case "Form":
		if depth >= 12 {
			return
		}
		key, ok := objKey(x)
		if ok {
			for _, k := range in.forms {
				if k == key {
					return // a form that draws itself
				}
			}
			in.forms = append(in.forms, key)
			defer func() { in.forms = in.forms[:len(in.forms)-1] }()
		}
		saved, savedStack := in.g, len(in.stack)
		savedTm, savedTlm := in.tm, in.tlm
		if m := x.Key("Matrix"); m.Kind() == pdf.Array && m.Len() == 6 {
			var mm matrix
			for i := range mm {
				mm[i] = m.Index(i).Float64()
			}
			in.g.ctm = mm.mul(in.g.ctm)
		}
		fres := x.Key("Resources")
		if fres.Kind() != pdf.Dict {
			fres = res
		}
		in.run1(x, fres, depth+1)
		in.g, in.stack = saved, in.stack[:savedStack]
		in.tm, in.tlm = savedTm, savedTlm
		in.run++
	}
}

// show places the glyphs of one string.
func (in *interp) show(s string) {
	f := in.g.font
	if f == nil {
		f = nullFont
	}
	g := &in.g
	p := in.tm.mul(g.ctm)
	size := g.tfs * math.Hypot(p[2], p[3])
	for len(s) > 0 {
		code, n := f.next(s)
		raw := s[:n]
		s = s[n:]
		w := f.width(code)
		text := f.decode(code)
		// glyph origin and end in device space
		x0 := g.trise*p[2] + p[4]
		y0 := g.trise*p[3] + p[5]
		wt := w * g.tfs * g.th
		x1 := x0 + wt*p[0]
		y1 := y0 + wt*p[1]
		if text != "" {
			in.glyphs = append(in.glyphs, newGlyph(x0, y0, x1, y1, p[0], p[1], size, text, in.run, in.seq))
			in.seq++
		}
		tx := w*g.tfs + g.tc
		if n == 1 && raw[0] == ' ' {
			tx += g.tw
		}
		tx *= g.th
		in.tm[4] += tx * in.tm[0]
		in.tm[5] += tx * in.tm[1]
		p[4] += tx * p[0]
		p[5] += tx * p[1]
	}
}
