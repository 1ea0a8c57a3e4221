package web

import (
	"bytes"
	"html/template"
	"io"
	"net/http"
	"time"

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
		rows, err := report.ExportRows(res.Findings, report.DefaultMinCell)
		if err != nil {
			return err
		}
		p := aggregatesPage{base: s.base(c, "Resultat: "+a.Name), Audit: a, Rows: rows, MinCell: report.DefaultMinCell, MaxHidden: report.DefaultMinCell - 1, Findings: res.Findings}
		p.Names = map[string]string{}
		for _, d := range res.Findings.Template.Criteria {
			p.Names[string(d.Key)] = d.Name.Sv
		}
		p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
		s.render(c, http.StatusOK, "aggregates", &p)
		return nil
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

// reportStylesheet serves the report's stylesheet (every rule scoped to .report).
func (s *Server) reportStylesheet(c *gin.Context) error {
	c.Header("Cache-Control", "public, max-age=31536000, immutable") // named with a digest of its content, see assetVersion
	c.Data(http.StatusOK, "text/css; charset=utf-8", []byte(report.CSS()))
	return nil
}

// auditExport downloads the research export (no personal data, small cells suppressed) and
// records it. Self-auditors, who see one committee only, do not get the whole audit's export.
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
	ctype := map[string]string{"csv": "text/csv; charset=utf-8", "json": "application/json", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "codebook": "text/markdown; charset=utf-8"}[format]
	if ctype == "" {
		return &review.Error{Code: review.EInvalid, Field: "format", Message: "Okänt format: välj csv, json, xlsx eller codebook."}
	}
	if format == "codebook" {
		t, err := s.svc.Template(a)
		if err != nil {
			return err
		}
		c.Header("Content-Disposition", `attachment; filename="kodbok.md"`)
		c.Data(http.StatusOK, ctype, []byte(report.CodebookFor(report.DefaultMinCell, t)))
		return nil
	}
	res, err := s.svc.Findings(ctx, a.Name, review.FindingsOptions{})
	if err != nil {
		return err
	}
	x, err := report.BuildExport(res.Findings, report.DefaultMinCell, format, review.RuleNoOrPartly)
	if err != nil {
		return err
	}
	x.Parameters["via"] = "web"
	if err := s.svc.RecordExport(ctx, a, u.Name, format, x.Parameters, x.SHA256); err != nil {
		return err
	}
	c.Header("Content-Disposition", `attachment; filename="tillsyn-export.`+format+`"`)
	c.Data(http.StatusOK, ctype, x.Data)
	return nil
}
