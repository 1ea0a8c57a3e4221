package web

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
	"tillsyn/review/report"
)

// Decisions per committee (drafted from the findings, edited, signed with the password,
// then locked and printable) and their requirements, followed to closure.

// decisionRow is one sampled committee on the decisions page and the audit page.
type decisionRow struct {
	Committee   string
	Decision    *review.Decision
	Requirement *review.Requirement
	Overdue     bool
	Final       bool // every sampled file of the committee is final
	Pending     int
	CanDecide   bool
}

// decisionSummary lists the committees the user may see with their decisions and
// requirements, and how many requirements are overdue today.
func (s *Server) decisionSummary(ctx context.Context, a review.Audit, u *review.User) ([]decisionRow, int, error) {
	if !u.CanSeeCaseLists() {
		return nil, 0, nil
	}
	prog, err := s.svc.Progress(ctx, a.Name)
	if err != nil {
		return nil, 0, err
	}
	_, ds, err := s.svc.Decisions(ctx, a.Name)
	if err != nil {
		return nil, 0, err
	}
	_, rs, err := s.svc.Requirements(ctx, a.Name)
	if err != nil {
		return nil, 0, err
	}
	today := time.Now()
	var rows []decisionRow
	overdue := 0
	for _, p := range prog {
		if !u.CanSeeCommittee(a.ID, p.Committee) {
			continue
		}
		r := decisionRow{Committee: p.Committee, Final: p.Final == p.Sampled, Pending: p.Sampled - p.Final, CanDecide: u.CanDecide(a, p.Committee)}
		for i := range ds {
			if ds[i].Committee == p.Committee {
				r.Decision = &ds[i]
			}
		}
		for i := range rs {
			if rs[i].Committee == p.Committee {
				r.Requirement = &rs[i]
				r.Overdue = rs[i].Overdue(today)
			}
		}
		if r.Overdue {
			overdue++
		}
		rows = append(rows, r)
	}
	return rows, overdue, nil
}

type decisionsPage struct {
	base
	Audit   review.Audit
	Rows    []decisionRow
	Overdue int
	Due     string // the default report date of a new draft
	Error   string
	Field   string
}

func (s *Server) decisionsPageOf(c *gin.Context, a review.Audit, u *review.User) (*decisionsPage, error) {
	p := &decisionsPage{base: s.base(c, "Beslut och krav"), Audit: a, Due: time.Now().AddDate(0, 3, 0).Format("2006-01-02")}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	var err error
	p.Rows, p.Overdue, err = s.decisionSummary(c.Request.Context(), a, u)
	return p, err
}

// decisionList shows every committee the user may see with its decision and requirement.
func (s *Server) decisionList(c *gin.Context) error {
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	if !u.CanSeeCaseLists() {
		return errForbidden
	}
	p, err := s.decisionsPageOf(c, a, u)
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "decisions", p)
	return nil
}

// decisionCreate drafts a committee's decision from the audit's findings.
func (s *Server) decisionCreate(c *gin.Context) error {
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	committee := strings.TrimSpace(c.PostForm("committee"))
	if !u.CanSeeCaseLists() || (!u.CanDecide(a, committee) && (committee != "" || !u.CanDecide(a, u.Committee))) {
		return errForbidden
	}
	err = func() error {
		due, err := formDate(c.PostForm("report_due"), "report_due", "Ange det datum då nämnden senast ska redovisa sina åtgärder (ÅÅÅÅ-MM-DD).")
		if err != nil {
			return err
		}
		if !u.CanDecide(a, committee) {
			return errForbidden
		}
		res, err := s.svc.Findings(ctx, a.Name, review.FindingsOptions{})
		if err != nil {
			return err
		}
		dt, err := report.DraftDecision(res.Findings, committee, report.DecisionOptions{Options: report.Options{Kind: a.Kind}, Description: a.Description, ReportDue: due})
		if err != nil {
			return err
		}
		d, err := s.svc.CreateDecision(ctx, *u, a.Name, dt)
		if err != nil {
			return err
		}
		c.Redirect(http.StatusSeeOther, decisionURL(d.ID)+"?klart=beslututkast")
		return nil
	}()
	if err == nil {
		return nil
	}
	if code := review.ErrorCodeOf(err); code != review.EInvalid && code != review.EConflict && code != review.ENotFound {
		return err
	}
	p, perr := s.decisionsPageOf(c, a, u)
	if perr != nil {
		return perr
	}
	p.Error, p.Field = userMessage(err), fieldOf(err)
	s.render(c, httpStatus(err), "decisions", p)
	return nil
}

func decisionURL(id int64) string { return "/decisions/" + strconv.FormatInt(id, 10) }

// formDate parses a date field (YYYY-MM-DD); empty or malformed is EInvalid with msg.
func formDate(v, field, msg string) (time.Time, error) {
	t, err := review.ParseDate(v)
	if err != nil || strings.TrimSpace(v) == "" {
		return time.Time{}, &review.Error{Code: review.EInvalid, Field: field, Message: msg}
	}
	return t, nil
}

func fieldOf(err error) string {
	var re *review.Error
	if asErr(err, &re) {
		return re.Field
	}
	return ""
}

type decisionPage struct {
	base
	Audit       review.Audit
	D           review.Decision
	Sections    []decisionSection
	CanDecide   bool
	Requirement *review.Requirement
	Events      []review.RequirementEvent
	Overdue     bool
	Next        []review.RequirementStatus // the steps the requirement may take
	Today       string
	MaxUpload   string // the largest report file the server takes ("1 MiB")
	Error       string
	Field       string
	ReqError    string
	ReqField    string
}

// decisionSection is a heading and its paragraphs, for the printed decision.
type decisionSection struct {
	Heading    string
	Paragraphs []string
}

func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (s *Server) decisionPageOf(c *gin.Context, id int64) (*decisionPage, error) {
	ctx := c.Request.Context()
	u := currentUser(c)
	a, d, err := s.svc.DecisionByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if !u.CanSeeAudit(a.ID) || !u.CanSeeCommittee(a.ID, d.Committee) {
		return nil, errForbidden
	}
	p := &decisionPage{base: s.base(c, "Beslut: "+report.CommitteeTitle(d.Committee)), Audit: a, D: d, CanDecide: u.CanDecide(a, d.Committee), Today: time.Now().Format("2006-01-02"),
		MaxUpload: strconv.FormatInt(max(1, s.cfg.MaxBodyBytes>>20), 10) + " MiB"}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}, {"Beslut och krav", auditURL(a.ID) + "/decisions"}}
	p.Sections = []decisionSection{
		{"Granskningens omfattning och metod", paragraphs(d.Scope)},
		{"Iakttagelser i akterna", paragraphs(d.Findings)},
	}
	if d.CommitteeFindings != "" {
		p.Sections = append(p.Sections, decisionSection{"Iakttagelser om nämndens styrning och arbetssätt", paragraphs(d.CommitteeFindings)})
	}
	heading := "Bedömning"
	if d.ActionRequired {
		heading = "Bedömning och krav på åtgärder"
	}
	p.Sections = append(p.Sections, decisionSection{heading, paragraphs(d.Requirements)})
	if d.Signed() {
		_, rs, err := s.svc.Requirements(ctx, a.Name)
		if err != nil {
			return nil, err
		}
		for i := range rs {
			if rs[i].DecisionID == d.ID {
				r := rs[i]
				p.Requirement = &r
				p.Overdue = r.Overdue(time.Now())
				if _, _, p.Events, err = s.svc.RequirementByID(ctx, r.ID); err != nil {
					return nil, err
				}
				switch r.Status {
				case review.ReqAwaitingReport, review.ReqFurtherMeasures:
					p.Next = []review.RequirementStatus{review.ReqReportReceived}
				case review.ReqReportReceived:
					p.Next = []review.RequirementStatus{review.ReqAccepted, review.ReqFurtherMeasures}
				case review.ReqAccepted:
					p.Next = []review.RequirementStatus{review.ReqClosed}
				}
			}
		}
	}
	return p, nil
}

// decisionView shows a decision: the edit and sign forms while a draft, the locked text and
// the requirement's follow-up once signed.
func (s *Server) decisionView(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	p, err := s.decisionPageOf(c, id)
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "decision", p)
	return nil
}

// decisionPrint is the decision alone, for printing.
func (s *Server) decisionPrint(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	p, err := s.decisionPageOf(c, id)
	if err != nil {
		return err
	}
	p.ExtraCSS = "/static/decision-print.css"
	p.Crumbs = nil
	s.render(c, http.StatusOK, "decision_print", p)
	return nil
}

// decisionSave saves the inspector's edits of a draft.
func (s *Server) decisionSave(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	u := currentUser(c)
	if err := s.mayDecide(c, id); err != nil {
		return err
	}
	ver, _ := strconv.Atoi(c.PostForm("version"))
	e := review.DecisionEdit{Version: ver, Scope: c.PostForm("scope"), Findings: c.PostForm("findings"), CommitteeFindings: c.PostForm("committee_findings"),
		Requirements: c.PostForm("requirements"), ActionRequired: c.PostForm("action_required") == "1"}
	if e.ReportDue, err = formDate(c.PostForm("report_due"), "report_due", "Ange det datum då nämnden senast ska redovisa sina åtgärder (ÅÅÅÅ-MM-DD)."); err == nil {
		if _, err = s.svc.EditDecision(c.Request.Context(), *u, id, e); err == nil {
			c.Redirect(http.StatusSeeOther, decisionURL(id)+"?klart=beslutsparat")
			return nil
		}
	}
	if code := review.ErrorCodeOf(err); code != review.EInvalid && code != review.EConflict {
		return err
	}
	p, perr := s.decisionPageOf(c, id)
	if perr != nil {
		return perr
	}
	if review.ErrorCodeOf(err) == review.EInvalid {
		// keep what was typed
		p.D.Scope, p.D.Findings, p.D.CommitteeFindings, p.D.Requirements, p.D.ActionRequired = e.Scope, e.Findings, e.CommitteeFindings, e.Requirements, e.ActionRequired
	}
	p.Error, p.Field = userMessage(err), fieldOf(err)
	s.render(c, httpStatus(err), "decision", p)
	return nil
}

// decisionSign signs a draft after the password is entered again.
func (s *Server) decisionSign(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	u := currentUser(c)
	ver, _ := strconv.Atoi(c.PostForm("version"))
	_, err = s.svc.SignDecision(c.Request.Context(), s.auth, *u, id, ver, c.PostForm("password"), c.ClientIP())
	if err == nil {
		s.log.Info("decision signed", "decision_id", id, "account", u.Name)
		c.Redirect(http.StatusSeeOther, decisionURL(id)+"?klart=beslutundertecknat")
		return nil
	}
	code := review.ErrorCodeOf(err)
	if code != review.EInvalid && code != review.EConflict && code != review.ERateLimited {
		return err
	}
	if code == review.EInvalid && fieldOf(err) == "password" {
		s.log.Warn("decision signing: wrong password", "decision_id", id, "account", u.Name, "addr", c.ClientIP())
	}
	p, perr := s.decisionPageOf(c, id)
	if perr != nil {
		return perr
	}
	p.Error, p.Field = userMessage(err), fieldOf(err)
	if p.Field == "" {
		p.Field = "password"
	}
	s.render(c, httpStatus(err), "decision", p)
	return nil
}

// requirementChange moves a requirement one step (a received report comes as a file).
func (s *Server) requirementChange(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	u := currentUser(c)
	ctx := c.Request.Context()
	_, r, _, err := s.svc.RequirementByID(ctx, id)
	if err != nil {
		return err
	}
	ver, _ := strconv.Atoi(c.PostForm("version"))
	ch := review.RequirementChange{Version: ver, To: review.RequirementStatus(c.PostForm("to")), Note: c.PostForm("note")}
	err = func() error {
		switch ch.To {
		case review.ReqReportReceived:
			var err error
			if ch.ReceivedOn, err = formDate(c.PostForm("received_on"), "received_on", "Ange det datum då redovisningen kom in (ÅÅÅÅ-MM-DD)."); err != nil {
				return err
			}
			fh, err := c.FormFile("file")
			if err != nil {
				return &review.Error{Code: review.EInvalid, Field: "file", Message: "Bifoga nämndens redovisning (en fil)."}
			}
			f, err := fh.Open()
			if err != nil {
				return err
			}
			defer f.Close()
			if ch.FileData, err = io.ReadAll(io.LimitReader(f, review.MaxReportBytes+1)); err != nil {
				return err
			}
			ch.FileName = fh.Filename
		case review.ReqFurtherMeasures:
			var err error
			if ch.DueDate, err = formDate(c.PostForm("due_date"), "due_date", "Ange när nämnden senast ska redovisa de ytterligare åtgärderna (ÅÅÅÅ-MM-DD)."); err != nil {
				return err
			}
		}
		_, err := s.svc.ChangeRequirement(ctx, *u, id, ch)
		return err
	}()
	if err == nil {
		c.Redirect(http.StatusSeeOther, decisionURL(r.DecisionID)+"?klart=kravandrat#krav")
		return nil
	}
	if code := review.ErrorCodeOf(err); code != review.EInvalid && code != review.EConflict {
		return err
	}
	p, perr := s.decisionPageOf(c, r.DecisionID)
	if perr != nil {
		return perr
	}
	p.ReqError, p.ReqField = userMessage(err), fieldOf(err)
	s.render(c, httpStatus(err), "decision", p)
	return nil
}

// requirementReport sends a committee's report as an attachment.
func (s *Server) requirementReport(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	evID, err := paramID(c, "event")
	if err != nil {
		return err
	}
	u := currentUser(c)
	a, r, _, err := s.svc.RequirementByID(c.Request.Context(), id)
	if err != nil {
		return err
	}
	if !u.CanSeeAudit(a.ID) || !u.CanSeeCommittee(a.ID, r.Committee) {
		return errForbidden
	}
	ev, err := s.svc.RequirementReport(c.Request.Context(), id, evID)
	if err != nil {
		return err
	}
	c.Header("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(ev.FileName))
	c.Header("X-Content-Type-Options", "nosniff")
	c.Header("Cache-Control", "private, no-store")
	c.Data(http.StatusOK, "application/octet-stream", ev.FileData)
	return nil
}

// mayDecide is EForbidden unless the user may draft, edit and sign the decision id (and
// ENotFound for an unknown one), checked before the form is read.
func (s *Server) mayDecide(c *gin.Context, id int64) error {
	u := currentUser(c)
	a, d, err := s.svc.DecisionByID(c.Request.Context(), id)
	if err != nil {
		return err
	}
	if !u.CanSeeAudit(a.ID) || !u.CanDecide(a, d.Committee) {
		return errForbidden
	}
	return nil
}

// decisionRedraft writes a draft's sections again from the current findings (after more
// files were judged), keeping the committee-level findings, the action and the due date the
// inspector set aside from what the rule says.
func (s *Server) decisionRedraft(c *gin.Context) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	if err := s.mayDecide(c, id); err != nil {
		return err
	}
	ctx := c.Request.Context()
	u := currentUser(c)
	a, d, err := s.svc.DecisionByID(ctx, id)
	if err != nil {
		return err
	}
	ver, _ := strconv.Atoi(c.PostForm("version"))
	err = func() error {
		res, err := s.svc.Findings(ctx, a.Name, review.FindingsOptions{Rule: d.Rule})
		if err != nil {
			return err
		}
		dt, err := report.DraftDecision(res.Findings, d.Committee, report.DecisionOptions{Options: report.Options{Kind: a.Kind}, Description: a.Description, ReportDue: d.ReportDue})
		if err != nil {
			return err
		}
		_, err = s.svc.EditDecision(ctx, *u, id, review.DecisionEdit{Version: ver, Scope: dt.Scope, Findings: dt.Findings, CommitteeFindings: d.CommitteeFindings,
			Requirements: dt.Requirements, ActionRequired: dt.ActionRequired, ReportDue: d.ReportDue})
		return err
	}()
	if err == nil {
		c.Redirect(http.StatusSeeOther, decisionURL(id)+"?klart=beslutomskrivet")
		return nil
	}
	if code := review.ErrorCodeOf(err); code != review.EInvalid && code != review.EConflict {
		return err
	}
	p, perr := s.decisionPageOf(c, id)
	if perr != nil {
		return perr
	}
	p.Error = userMessage(err)
	s.render(c, httpStatus(err), "decision", p)
	return nil
}
