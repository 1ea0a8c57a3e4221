package web

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// gallringPage shows what gallring of an audit would remove and asks for the reason and a
// confirmation (the audit's name typed again). Admins only.
type gallringPage struct {
	base
	Audit   review.Audit
	Preview review.PurgeResult
	Done    *review.PurgeResult
	Reason  string
	Error   string
	Field   string
}

func (s *Server) gallringForm(c *gin.Context) error {
	a, _, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	p := &gallringPage{base: s.base(c, "Gallra "+a.Name), Audit: a}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	if !a.Purged() {
		if p.Preview, err = s.svc.Gallra(c.Request.Context(), a.Name, "förhandsvisning", true); err != nil {
			return err
		}
	}
	s.render(c, http.StatusOK, "gallring", p)
	return nil
}

func (s *Server) gallra(c *gin.Context) error {
	a, _, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	p := &gallringPage{base: s.base(c, "Gallra "+a.Name), Audit: a, Reason: c.PostForm("reason")}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	if strings.TrimSpace(c.PostForm("confirm")) != a.Name {
		err = &review.Error{Code: review.EInvalid, Field: "confirm", Message: "Skriv granskningens namn exakt som det står för att bekräfta gallringen."}
	} else {
		var res review.PurgeResult
		if res, err = s.svc.Gallra(ctx, a.Name, p.Reason, false); err == nil {
			s.log.Warn("gallring", "audit_id", a.ID, "documents", res.Documents, "cases", res.Cases)
			if a, err = s.auditByID(ctx, currentUser(c), a.ID); err != nil {
				return err
			}
			p.Audit, p.Done = a, &res
			s.render(c, http.StatusOK, "gallring", p)
			return nil
		}
	}
	if code := review.ErrorCodeOf(err); code != review.EInvalid && code != review.EConflict {
		return err
	}
	_ = c.Error(err)
	status := httpStatus(err)
	p.Error = userMessage(err)
	var re *review.Error
	if asErr(err, &re) {
		p.Field = re.Field
	}
	if !a.Purged() {
		if p.Preview, err = s.svc.Gallra(ctx, a.Name, "förhandsvisning", true); err != nil {
			return err
		}
	}
	s.render(c, status, "gallring", p)
	return nil
}
