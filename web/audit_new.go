package web

import (
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// templateChoice is one built-in criteria template on the new-audit form.
type templateChoice struct {
	Name, Version, Description string
	Criteria                   []string
	Checked                    bool
}

type auditNewPage struct {
	base
	SelfAudit               bool // a self-auditor: the kind is egenkontroll
	Name, Kind, Description string
	Templates               []templateChoice
	OwnChecked              bool // the template is an uploaded file
	Error, Field            string
}

// maxTemplateBytes bounds an uploaded template file: a template is a few kilobytes.
const maxTemplateBytes = 256 << 10

func (s *Server) newAuditPage(c *gin.Context, chosen string) (*auditNewPage, error) {
	p := &auditNewPage{base: s.base(c, "Ny granskning"), Kind: string(review.KindTillsyn)}
	if u := currentUser(c); u != nil && u.Role == review.RoleSelfAuditor {
		p.SelfAudit, p.Kind = true, string(review.KindEgenkontroll)
	}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}}
	if chosen == "" {
		chosen = review.DefaultTemplateName
	}
	for _, name := range review.BuiltinTemplates() {
		t, err := review.BuiltinTemplate(name)
		if err != nil {
			return nil, err
		}
		tc := templateChoice{Name: t.Name, Version: t.Version, Description: t.Description.Sv, Checked: name == chosen}
		for _, d := range t.Criteria {
			tc.Criteria = append(tc.Criteria, d.Name.Sv)
		}
		p.Templates = append(p.Templates, tc)
	}
	p.OwnChecked = chosen == "file"
	return p, nil
}

// auditNewForm shows the form that creates an audit and chooses its criteria template
// (admins and inspectors; a self-auditor creates a self-audit of the own committee).
func (s *Server) auditNewForm(c *gin.Context) error {
	if u := currentUser(c); !u.CanCreateAudit() {
		return errForbidden
	}
	p, err := s.newAuditPage(c, "")
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "audit_new", p)
	return nil
}

// auditCreate creates an audit with a built-in template or an uploaded template file; an
// error re-renders the form with what was typed and the field named.
func (s *Server) auditCreate(c *gin.Context) error {
	u := currentUser(c)
	if !u.CanCreateAudit() {
		return errForbidden
	}
	chosen := c.PostForm("template")
	p, err := s.newAuditPage(c, chosen)
	if err != nil {
		return err
	}
	p.Name, p.Kind, p.Description = c.PostForm("name"), c.PostForm("kind"), c.PostForm("description")
	if u.Role == review.RoleSelfAuditor {
		p.Kind = string(review.KindEgenkontroll) // a self-auditor's audit is a self-audit
	}
	t, err := s.postedTemplate(c, chosen)
	var a review.Audit
	if err == nil {
		a, err = s.svc.CreateAuditWithTemplate(c.Request.Context(), p.Name, review.AuditKind(p.Kind), p.Description, t)
	}
	if err == nil && u.Role != review.RoleAdmin {
		// whoever creates an audit leads it: a member, who sets it up
		err = s.auth.AssignAudit(c.Request.Context(), u.Name, a.Name)
	}
	if err != nil {
		code := review.ErrorCodeOf(err)
		if code != review.EInvalid && code != review.EConflict {
			return err
		}
		_ = c.Error(err)
		p.Error = userMessage(err)
		var re *review.Error
		if errors.As(err, &re) {
			p.Field = re.Field
		}
		s.render(c, httpStatus(err), "audit_new", p)
		return nil
	}
	c.Redirect(http.StatusSeeOther, auditURL(a.ID)+"/setup?klart=skapad")
	return nil
}

// postedTemplate is the chosen built-in template, or the uploaded file's.
func (s *Server) postedTemplate(c *gin.Context, chosen string) (review.Template, error) {
	if chosen == "" {
		chosen = review.DefaultTemplateName
	}
	if chosen != "file" {
		t, err := review.BuiltinTemplate(chosen)
		if err != nil {
			return t, &review.Error{Code: review.EInvalid, Field: "template", Message: "Välj en av mallarna."}
		}
		return t, nil
	}
	fh, err := c.FormFile("template_file")
	if err != nil {
		return review.Template{}, &review.Error{Code: review.EInvalid, Field: "template_file", Message: "Välj en mallfil (JSON) att ladda upp, eller en av de inbyggda mallarna."}
	}
	if fh.Size > maxTemplateBytes {
		return review.Template{}, &review.Error{Code: review.EInvalid, Field: "template_file", Message: fh.Filename + ": filen är större än 256 kB; en kriteriemall är några kilobyte."}
	}
	f, err := fh.Open()
	if err != nil {
		return review.Template{}, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxTemplateBytes+1))
	if err != nil {
		return review.Template{}, err
	}
	t, err := review.ParseTemplate(b)
	var re *review.Error
	if errors.As(err, &re) {
		name := strings.ReplaceAll(fh.Filename, "\n", " ")
		return t, &review.Error{Code: re.Code, Field: re.Field, Message: name + ": fältet " + re.Field + ": " + re.Message}
	}
	return t, err
}
