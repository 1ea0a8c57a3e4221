package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
	"tillsyn/review/report"
)

// base is embedded in every page struct.
type base struct {
	Title    string
	User     *review.User
	IsAdmin  bool
	RoleName string // the user's role in Swedish
	CSRF     string
	Flash    string
	Version  string
	Crumbs   []crumb
	ExtraCSS string // a second stylesheet of this app (e.g. the report's), "" for none
}

type crumb struct{ Label, URL string }

func (s *Server) base(c *gin.Context, title string) base {
	b := base{Title: title, User: currentUser(c), Version: s.cfg.Version}
	if b.User != nil {
		b.IsAdmin, b.RoleName = b.User.Role == review.RoleAdmin, b.User.Role.SwedishName()
	}
	if tok := sessionToken(c); tok != "" {
		b.CSRF = review.CSRFToken(tok)
	}
	b.Flash = c.Query("klart")
	if _, ok := flashes[b.Flash]; ok {
		b.Flash = flashes[b.Flash]
	} else {
		b.Flash = ""
	}
	return b
}

// flashes are the confirmation messages a redirect may ask for (?klart=KEY): fixed texts,
// so nothing a user typed travels in a URL.
var flashes = map[string]string{
	"utkast":    "Utkastet är sparat.",
	"inskickad": "Bedömningen är inskickad.",
	"ersatt":    "Ärendet är ersatt från reservlistan.",
	"jamkad":    "Den sammanvägda bedömningen är sparad.",
	"anvandare": "Användaren är sparad.",
	"losenord":  "Lösenordet är bytt.",
	"avstangd":  "Användaren är avstängd.",
	"aktiverad": "Användaren är aktiverad igen.",
	"tilldelad": "Användaren är tilldelad granskningen.",
	"alla":      "Du har skickat in alla ärenden i nämnden.",
	// decisions and requirements
	"beslututkast":       "Ett utkast till beslut är skrivet utifrån resultaten. Läs igenom, komplettera och underteckna.",
	"beslutsparat":       "Ändringarna i beslutet är sparade.",
	"beslutomskrivet":    "Utkastet är omskrivet från de senaste resultaten; iakttagelserna om nämnden är kvar.",
	"beslutundertecknat": "Beslutet är undertecknat och låst.",
	"kravandrat":         "Kravets status är ändrad.",
	// setting up and requesting the files (setup.go, requests.go)
	"skapad":     "Granskningen är skapad. Ladda upp ärendelistorna.",
	"urval":      "Urvalet är draget. Här är protokollet.",
	"aterkallad": "Länken är återkallad: den kan inte längre användas.",
	"nasta":      "Bedömningen är inskickad. Här är nästa ärende i din kö.",
	"fordelad":   "Ärendena är fördelade.",
	"tom":        "Din kö har inga fler ärenden att bedöma.",
	"koklar":     "Bedömningen är inskickad. Din kö är tom: alla dina ärenden är inskickade.",
}

// flashTexts are the values of flashes, for pageCache.drop.
var flashTexts = func() []string {
	var out []string
	for _, v := range flashes {
		out = append(out, v)
	}
	return out
}()

var funcs = template.FuncMap{
	"assets":  assetVersion,
	"verdict": func(v review.Verdict) string { return v.SwedishName() },
	"role":    func(r review.Role) string { return r.SwedishName() },
	"pct": func(x float64) string {
		if math.IsNaN(x) {
			return "–"
		}
		return strings.Replace(strconv.FormatFloat(100*x, 'f', 0, 64), "-", "−", 1) + " %"
	},
	"coef": func(v, lo, hi float64) string { // a coefficient with its interval: "0,45 (0,12 till 0,78)"
		d := func(x float64) string {
			return strings.Replace(strings.Replace(strconv.FormatFloat(x, 'f', 2, 64), ".", ",", 1), "-", "−", 1)
		}
		switch {
		case math.IsNaN(v):
			return "ej definierad"
		case math.IsNaN(lo) || math.IsNaN(hi):
			return d(v)
		}
		return d(v) + " (" + d(lo) + " till " + d(hi) + ")"
	},
	"dec": func(x float64) string {
		return strings.Replace(strings.Replace(strconv.FormatFloat(x, 'f', 2, 64), ".", ",", 1), "-", "−", 1)
	},
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Local().Format("2006-01-02 15:04")
	},
	"pathesc": url.PathEscape,
	"svwarn":  swedishWarning,
	"share": func(k, n int) string {
		if n == 0 {
			return "–"
		}
		return strconv.Itoa(int(math.Round(100*float64(k)/float64(n)))) + " %"
	},
	"barw": func(k, n int) string { // a width class 0..100 in steps of 5 (no inline styles under the CSP)
		if n == 0 {
			return "w0"
		}
		return "w" + strconv.Itoa(int(math.Round(20*float64(k)/float64(n)))*5)
	},
	"intp": func(p *int) string { // a suppressed count is shown as "dolt"
		if p == nil {
			return "dolt"
		}
		return strconv.Itoa(*p)
	},
	"upstatus": uploadStatus, // an upload's status in Swedish (requests.go)
	"pctp": func(p *float64) string {
		if p == nil {
			return "dolt"
		}
		return strconv.Itoa(int(math.Round(100**p))) + " %"
	},
}

// parsePages parses one template set per page (layout + page), so that one page's
// "content" block cannot overwrite another's.
func parsePages() (map[string]*template.Template, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" || strings.HasPrefix(name, "_") {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/_*.html", n)
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// writeHTML sends a rendered page with its length, so it goes out in one piece rather
// than chunked.
func writeHTML(c *gin.Context, status int, html []byte) {
	c.Header("Content-Length", strconv.Itoa(len(html)))
	c.Data(status, "text/html; charset=utf-8", html)
}

// renderBytes executes a page into a new slice, for pages that are kept (see pageCache).
func (s *Server) renderBytes(page string, data any) ([]byte, error) {
	t := s.pages[page]
	if t == nil {
		return nil, fmt.Errorf("web: no template %q", page)
	}
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 1<<20 {
			buf.Reset()
			bufPool.Put(buf)
		}
	}()
	if err := t.Execute(buf, data); err != nil {
		return nil, fmt.Errorf("web: template %s: %w", page, err)
	}
	return bytes.Clone(buf.Bytes()), nil
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// render executes a page into a buffer first, so a template error becomes a clean 500.
func (s *Server) render(c *gin.Context, status int, page string, data any) {
	t := s.pages[page]
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 1<<20 { // keep small buffers only, so one huge page does not stay in memory
			buf.Reset()
			bufPool.Put(buf)
		}
	}()
	if t == nil {
		s.log.Error("no such template", "page", page)
		status = 500
		buf.WriteString("Internt fel")
	} else if err := t.Execute(buf, data); err != nil {
		s.log.Error("template", "page", page, "err", err)
		status = 500
		buf.Reset()
		buf.WriteString("<!doctype html><html lang=\"sv\"><title>Internt fel</title><h1>Internt fel</h1></html>")
	}
	writeHTML(c, status, buf.Bytes())
}

// assetVersion is a digest of the stylesheets and the script, put in their URLs
// ("/static/app.css?v=…") so that a browser never keeps an old copy after an upgrade, while
// keeping them as long as they are the same.
var assetVersion = sync.OnceValue(func() string {
	h := sha256.New()
	_ = fs.WalkDir(staticFS, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(path)
		h.Write([]byte(path))
		h.Write(b)
		return err
	})
	h.Write([]byte(report.CSS()))
	return hex.EncodeToString(h.Sum(nil))[:12]
})
