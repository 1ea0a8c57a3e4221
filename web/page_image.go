package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// A case-file page as an image, with the screening's evidence marked on it in its
// criterion's colour and number where the text layer gives the words' positions.

// critColours are the highlight colours of criteria 1–4 (as in app.css); others are grey.
var critColours = []color.NRGBA{
	{0xff, 0xe2, 0x50, 0xff}, {0x78, 0xb4, 0xff, 0xff}, {0x78, 0xd2, 0x6e, 0xff}, {0xf0, 0x8c, 0xbe, 0xff},
}

var critDark = []color.NRGBA{
	{0x7a, 0x60, 0x00, 0xff}, {0x0b, 0x4f, 0x8a, 0xff}, {0x2e, 0x6b, 0x1f, 0xff}, {0x8a, 0x1f, 0x5a, 0xff},
}

// imageCache keeps rendered page images (with their marks) by the file's content hash, page
// and marks: at most about maxBytes.
type imageCache struct {
	mu       sync.Mutex
	maxBytes int
	bytes    int
	m        map[string][]byte
}

func (c *imageCache) get(k string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.m[k]
	return b, ok
}

func (c *imageCache) put(k string, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string][]byte{}
	}
	for k2, old := range c.m {
		if c.bytes+len(b) <= c.maxBytes {
			break
		}
		c.bytes -= len(old)
		delete(c.m, k2)
	}
	if len(b) <= c.maxBytes {
		c.m[k] = b
		c.bytes += len(b)
	}
}

// pageImage serves page :n of document :id as a PNG to those who may see the case.
func (s *Server) pageImage(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	n, err := paramID(c, "n")
	if err != nil {
		return err
	}
	path, _, it, err := s.visibleDocument(c, id)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	if s.cfg.Renderer == nil {
		return &review.Error{Code: review.ENotFound, Message: "Sidor kan inte visas som bild på den här servern (poppler-utils saknas)."}
	}
	cf, err := s.caseFilesCached(ctx, it)
	if err != nil {
		return err
	}
	var marks []segment
	found := false
	for _, d := range cf.docs {
		if d.ID != id {
			continue
		}
		for _, p := range d.Pages {
			if int64(p.Number) == n {
				found = true
				for _, sg := range p.Segments {
					if sg.Mark && !sg.Weak && sg.CritNo > 0 {
						marks = append(marks, sg)
					}
				}
			}
		}
	}
	if !found {
		return &review.Error{Code: review.ENotFound, Message: "Sidan finns inte i dokumentet."}
	}
	key := contentKey(path) + "|" + strconv.FormatInt(n, 10) + "|" + marksKey(marks)
	b, ok := s.images.get(key)
	if !ok {
		img, err := s.cfg.Renderer.RenderPage(ctx, path, int(n))
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return &review.Error{Code: review.ENotFound, Message: "Sidan kunde inte visas som bild: PDF:en går inte att rita upp.", Err: err}
		}
		if b, err = markEvidence(img, marks); err != nil {
			return &review.Error{Code: review.EInternal, Message: "mark page image", Err: err}
		}
		s.images.put(key, b)
	}
	c.Header("Cache-Control", "private, max-age=3600")
	c.Header("X-Content-Type-Options", "nosniff")
	c.Data(http.StatusOK, "image/png", b)
	return nil
}

// contentKey is the stored file's content hash: its name in the content-addressed store.
func contentKey(path string) string {
	base := path[strings.LastIndexByte(path, '/')+1:]
	if len(base) == 64 {
		return base
	}
	h := sha256.Sum256([]byte(path))
	return hex.EncodeToString(h[:])
}

func marksKey(ms []segment) string {
	h := sha256.New()
	for _, m := range ms {
		h.Write([]byte(strconv.Itoa(m.CritNo) + "\x00" + m.Text + "\x00"))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// tokens are a text's words, lower case, without punctuation, as the page's words are
// compared with evidence.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// evidenceBoxes finds the words of a piece of evidence on the page and returns one box per
// line they cover (in points); nil when the text layer does not have them in order.
func evidenceBoxes(words []review.PageWord, text string) [][4]float64 {
	want := tokens(text)
	if len(want) == 0 {
		return nil
	}
	type tw struct {
		tok string
		w   review.PageWord
	}
	var flat []tw
	for _, w := range words {
		for _, t := range tokens(w.Text) {
			flat = append(flat, tw{t, w})
		}
	}
	for i := 0; i+len(want) <= len(flat); i++ {
		j := 0
		for j < len(want) && flat[i+j].tok == want[j] {
			j++
		}
		if j < len(want) {
			continue
		}
		var boxes [][4]float64
		for _, x := range flat[i : i+len(want)] {
			w := x.w
			if k := len(boxes) - 1; k >= 0 && w.YMin < boxes[k][3] && w.YMax > boxes[k][1] {
				b := &boxes[k]
				b[0], b[1], b[2], b[3] = min(b[0], w.XMin), min(b[1], w.YMin), max(b[2], w.XMax), max(b[3], w.YMax)
				continue
			}
			boxes = append(boxes, [4]float64{w.XMin, w.YMin, w.XMax, w.YMax})
		}
		return boxes
	}
	return nil
}

// markEvidence draws each piece of evidence found on the page: a translucent box in its
// criterion's colour with a dark edge, and the criterion's number in a badge at its start.
func markEvidence(img review.PageImage, marks []segment) ([]byte, error) {
	if len(marks) == 0 || img.Width <= 0 || len(img.Words) == 0 {
		return img.PNG, nil
	}
	src, err := png.Decode(bytes.NewReader(img.PNG))
	if err != nil {
		return nil, err
	}
	dst := image.NewNRGBA(src.Bounds())
	draw.Draw(dst, dst.Bounds(), src, src.Bounds().Min, draw.Src)
	sx := float64(dst.Bounds().Dx()) / img.Width
	sy := float64(dst.Bounds().Dy()) / img.Height
	any := false
	for _, m := range marks {
		fill, edge := color.NRGBA{0xc0, 0xc0, 0xc0, 0xff}, color.NRGBA{0x4a, 0x52, 0x59, 0xff}
		if m.CritNo >= 1 && m.CritNo <= len(critColours) {
			fill, edge = critColours[m.CritNo-1], critDark[m.CritNo-1]
		}
		for i, b := range evidenceBoxes(img.Words, m.Text) {
			any = true
			r := image.Rect(int(b[0]*sx)-2, int(b[1]*sy)-2, int(b[2]*sx)+2, int(b[3]*sy)+2).Intersect(dst.Bounds())
			blend(dst, r, fill, 0.42)
			outline(dst, r, edge, 2)
			if i == 0 {
				badge(dst, r.Min.X, r.Min.Y, m.CritNo, edge)
			}
		}
	}
	if !any {
		return img.PNG, nil
	}
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&out, dst); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// blend multiplies the rectangle with a colour (a highlighter: dark text stays dark).
func blend(dst *image.NRGBA, r image.Rectangle, c color.NRGBA, a float64) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			o := dst.NRGBAAt(x, y)
			mul := func(p, q uint8) uint8 { return uint8(float64(p)*(1-a) + float64(p)*float64(q)/255*a) }
			dst.SetNRGBA(x, y, color.NRGBA{mul(o.R, c.R), mul(o.G, c.G), mul(o.B, c.B), 0xff})
		}
	}
}

func outline(dst *image.NRGBA, r image.Rectangle, c color.NRGBA, w int) {
	for i := 0; i < w; i++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			dst.SetNRGBA(x, r.Max.Y-1-i, c)
		}
		for y := r.Min.Y; y < r.Max.Y; y++ {
			dst.SetNRGBA(r.Min.X+i, y, c)
		}
	}
}

// digits is a 5×7 bitmap font for the criterion numbers 0–9.
var digits = [10][7]string{
	{"01110", "10001", "10011", "10101", "11001", "10001", "01110"},
	{"00100", "01100", "00100", "00100", "00100", "00100", "01110"},
	{"01110", "10001", "00001", "00010", "00100", "01000", "11111"},
	{"11110", "00001", "00001", "01110", "00001", "00001", "11110"},
	{"00010", "00110", "01010", "10010", "11111", "00010", "00010"},
	{"11111", "10000", "11110", "00001", "00001", "10001", "01110"},
	{"00110", "01000", "10000", "11110", "10001", "10001", "01110"},
	{"11111", "00001", "00010", "00100", "01000", "01000", "01000"},
	{"01110", "10001", "10001", "01110", "10001", "10001", "01110"},
	{"01110", "10001", "10001", "01111", "00001", "00010", "01100"},
}

// badge draws the criterion's number, white on its dark colour, left of (x, y).
func badge(dst *image.NRGBA, x, y, n int, c color.NRGBA) {
	if n < 0 || n > 9 {
		return
	}
	const scale, pad = 2, 3
	w, h := 5*scale+2*pad, 7*scale+2*pad
	r := image.Rect(x-w, y, x, y+h).Intersect(dst.Bounds())
	draw.Draw(dst, r, image.NewUniform(c), image.Point{}, draw.Src)
	for row, bits := range digits[n] {
		for col, b := range bits {
			if b != '1' {
				continue
			}
			for dy := 0; dy < scale; dy++ {
				for dx := 0; dx < scale; dx++ {
					px, py := x-w+pad+col*scale+dx, y+pad+row*scale+dy
					if (image.Point{px, py}).In(dst.Bounds()) {
						dst.SetNRGBA(px, py, color.NRGBA{0xff, 0xff, 0xff, 0xff})
					}
				}
			}
		}
	}
}
