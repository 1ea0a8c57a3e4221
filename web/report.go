package web

import (
	"bytes"
	"errors"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
	"tillsyn/review/report"
)

// reportCSP lets the standalone report use its own inline stylesheet; it has no script.
const reportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"

type aggregatesPage struct {
	base
	Audit     review.Audit
	Rows      []report.ExportRow
	MinCell   int
	MaxHidden int // MinCell - 1
	Findings  review.Findings
	Names     map[string]string // criterion key -> its name in the audit's template
	// the research export's choices, as the form shows them
	Levels  []levelOption
	Level   report.Level
	ByYear  bool
	Pool    []poolOption // the other audits the user may pool with this one
	Query   template.URL // the choices as a query string, for the download links (encoded by url.Values)
	Chosen  bool         // the researcher chose a level: only then is an export shown (and recorded)
	Refused string       // why the export at these choices is refused
	Pooled  bool         // rows of several audits or pooled committees: the committee column is empty
}

type levelOption struct {
	Value, Label string
	Selected     bool
}

type poolOption struct {
	ID      int64
	Name    string
	Checked bool
}

// researchChoices reads the research export's choices from the query: level, by_year,
// min_cell (default 5, at least 3) and pool (ids of other audits the user may see).
func (s *Server) researchChoices(c *gin.Context, a review.Audit, u *review.User) (report.ResearchOptions, []string, []poolOption, url.Values, error) {
	opt := report.ResearchOptions{MinCell: report.DefaultMinCell, Rule: review.RuleNoOrPartly}
	q := url.Values{}
	lv, err := report.ParseLevel(c.Query("level"))
	if err != nil {
		return opt, nil, nil, nil, err
	}
	opt.Level = lv
	q.Set("level", string(lv))
	if v := c.Query("by_year"); v != "" {
		opt.ByYear = v == "1" || v == "on" || v == "true"
		if opt.ByYear {
			q.Set("by_year", "1")
		}
	}
	if v := c.Query("min_cell"); v != "" {
		k, err := strconv.Atoi(v)
		if err != nil || k < 3 || k > 100 {
			return opt, nil, nil, nil, &review.Error{Code: review.EInvalid, Field: "min_cell", Message: "Minsta cellstorlek ska vara ett heltal från 3 till 100."}
		}
		opt.MinCell = k
		q.Set("min_cell", v)
	}
	want := map[int64]bool{}
	for _, v := range c.QueryArray("pool") {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return opt, nil, nil, nil, &review.Error{Code: review.EInvalid, Field: "pool", Message: "Okänd granskning att slå samman med."}
		}
		want[id] = true
	}
	audits, err := s.svc.Audits(c.Request.Context())
	if err != nil {
		return opt, nil, nil, nil, err
	}
	names := []string{a.Name}
	var pool []poolOption
	for _, o := range audits {
		if o.ID == a.ID || !u.CanSeeAudit(o.ID) {
			continue
		}
		pool = append(pool, poolOption{ID: o.ID, Name: o.Name, Checked: want[o.ID]})
		if want[o.ID] {
			names = append(names, o.Name)
			q.Add("pool", strconv.FormatInt(o.ID, 10))
			delete(want, o.ID)
		}
	}
	if len(want) > 0 {
		return opt, nil, nil, nil, errForbidden // an audit the user may not see, or none
	}
	return opt, names, pool, q, nil
}

type reportPage struct {
	base
	Audit review.Audit
	Body  template.HTML // the report's body, rendered by package report (html/template)
}

// auditReport shows the findings: the full report (every sampled committee, with the cases
// behind each figure) to admins and inspectors, the own committee's part to a self-auditor,
// inside the app's own header and navigation; ?format=html|json|csv|txt downloads it. A
// researcher gets the aggregates only (small cells suppressed, no case).
func (s *Server) auditReport(c *gin.Context) error {
	ctx := c.Request.Context()
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	res, err := s.svc.Findings(ctx, a.Name, review.FindingsOptions{})
	if err != nil {
		return err
	}
	if !u.CanSeeCaseLists() {
		return s.researchPage(c, a, u, res.Findings)
	}
	f := res.Findings
	if own := u.VisibleCommittees(a.ID); own != nil {
		// a self-auditor: the own committee only, as if the audit held no other
		f = f.Only(own)
	}
	opt := report.Options{Kind: a.Kind, Generated: time.Now()}
	var buf bytes.Buffer
	switch format := c.Query("format"); format {
	case "":
	case "html", "json", "csv", "txt":
		render := map[string]func(io.Writer, review.Findings, *review.Findings, report.Options) error{"html": report.HTML, "json": report.JSON, "csv": report.CSV, "txt": report.Text}[format]
		if err := render(&buf, f, nil, opt); err != nil {
			return err
		}
		ctype := map[string]string{"html": "text/html; charset=utf-8", "json": "application/json", "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8"}[format]
		c.Header("Content-Security-Policy", reportCSP)
		c.Header("Content-Disposition", `attachment; filename="tillsyn-rapport.`+format+`"`)
		c.Data(http.StatusOK, ctype, buf.Bytes())
		return nil
	default:
		return &review.Error{Code: review.EInvalid, Field: "format", Message: "Okänt format: välj html, json, csv eller txt."}
	}
	if err := report.HTMLBody(&buf, f, nil, opt); err != nil {
		return err
	}
	p := reportPage{base: s.base(c, "Rapport: "+a.Name), Audit: a, Body: template.HTML(buf.String())}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	p.ExtraCSS = "/report.css"
	s.render(c, http.StatusOK, "report", &p)
	return nil
}

// researchPage shows a researcher the research export at the level chosen in the query
// (default: committees, K = 5), with the form to choose another and the downloads. What the
// page shows is an export to the researcher: it is checked against every export of the
// audits already recorded (refused, with the reason, when it would reveal a hidden cell)
// and recorded like a download.
func (s *Server) researchPage(c *gin.Context, a review.Audit, u *review.User, f review.Findings) error {
	opt, names, pool, q, err := s.researchChoices(c, a, u)
	if err != nil {
		return err
	}
	// opening the page shows the form only: what the page shows is published (recorded and
	// limiting later exports), so nothing is until the researcher chooses a level
	chosen := c.Query("level") != ""
	p := aggregatesPage{base: s.base(c, "Resultat: "+a.Name), Audit: a, MinCell: opt.MinCell, MaxHidden: opt.MinCell - 1, Findings: f,
		Level: opt.Level, ByYear: opt.ByYear, Pool: pool, Query: template.URL(q.Encode()), Chosen: chosen,
		Pooled: opt.Level != report.LevelCommittee || len(names) > 1}
	selected := opt.Level
	if !chosen {
		selected = report.LevelAudit // the level that publishes most
	}
	for _, l := range report.Levels {
		p.Levels = append(p.Levels, levelOption{Value: string(l), Label: l.SwedishName(), Selected: l == selected})
	}
	p.Names = map[string]string{}
	for _, d := range f.Template.Criteria {
		p.Names[string(d.Key)] = d.Name.Sv
	}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	if !chosen {
		s.render(c, http.StatusOK, "aggregates", &p)
		return nil
	}
	opt.Format = "html"
	x, err := report.ExportResearch(c.Request.Context(), s.svc, names, opt, 0, u.Name, map[string]any{"via": "web"})
	status := http.StatusOK
	var re *review.Error
	switch {
	case err == nil:
		p.Rows = x.Table
	case errors.As(err, &re) && re.Code == review.EConflict:
		p.Refused, status = upperFirst(re.Message), http.StatusConflict
	default:
		return err
	}
	s.render(c, status, "aggregates", &p)
	return nil
}

// reportStylesheet serves the report's stylesheet (every rule scoped to .report).
func (s *Server) reportStylesheet(c *gin.Context) error {
	c.Header("Cache-Control", "public, max-age=31536000, immutable") // named with a digest of its content, see assetVersion
	c.Data(http.StatusOK, "text/css; charset=utf-8", []byte(report.CSS()))
	return nil
}

// auditExport downloads the research export (no personal data, small cells suppressed) at
// the level, split, threshold and pooled audits of the query (see researchChoices), after
// checking it against every recorded export of the same audits, and records it; or its
// codebook (format codebook: text, codebook-json: machine-readable). Self-auditors, who see
// one committee only, do not get the whole audit's export.
func (s *Server) auditExport(c *gin.Context) error {
	ctx := c.Request.Context()
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	if !u.CanExportAudit() {
		return errForbidden
	}
	format := c.Query("format")
	ctype := map[string]string{"csv": "text/csv; charset=utf-8", "json": "application/json", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		"codebook": "text/markdown; charset=utf-8", "codebook-json": "application/json"}[format]
	if ctype == "" {
		return &review.Error{Code: review.EInvalid, Field: "format", Message: "Okänt format: välj csv, json, xlsx, codebook eller codebook-json."}
	}
	opt, names, _, _, err := s.researchChoices(c, a, u)
	if err != nil {
		return err
	}
	if format == "codebook" || format == "codebook-json" {
		var templates []review.Template
		for _, n := range names {
			o, err := s.svc.AuditByName(ctx, n)
			if err != nil {
				return err
			}
			t, err := s.svc.Template(o)
			if err != nil {
				return err
			}
			templates = append(templates, t)
		}
		if format == "codebook-json" {
			c.Header("Content-Disposition", `attachment; filename="kodbok.json"`)
			c.Data(http.StatusOK, ctype, report.ResearchCodebookJSON(opt, templates))
			return nil
		}
		c.Header("Content-Disposition", `attachment; filename="kodbok.md"`)
		c.Data(http.StatusOK, ctype, []byte(report.ResearchCodebook(opt, templates)))
		return nil
	}
	opt.Format = format
	x, err := report.ExportResearch(ctx, s.svc, names, opt, 0, u.Name, map[string]any{"via": "web"})
	if err != nil {
		return err
	}
	c.Header("Content-Disposition", `attachment; filename="tillsyn-export-`+string(opt.Level)+`.`+format+`"`)
	c.Data(http.StatusOK, ctype, x.Data)
	return nil
}

// upperFirst gives a message that starts a sentence its capital letter.
func upperFirst(m string) string {
	r, n := utf8.DecodeRuneInString(m)
	return string(unicode.ToUpper(r)) + m[n:]
}
