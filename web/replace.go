package web

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

type replacePage struct {
	base
	Audit  review.Audit
	Item   review.SampleItem
	Reason string
	Error  string
}

func (s *Server) newReplacePage(c *gin.Context, a review.Audit, it review.SampleItem) *replacePage {
	p := &replacePage{base: s.base(c, "Ersätt "+it.Diarienummer), Audit: a, Item: it}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}, {it.Committee, committeeURL(a.ID, it.Committee)}, {it.Diarienummer, itemURL(it.ID)}}
	return p
}

func (s *Server) replaceForm(c *gin.Context) error {
	a, it, err := s.loadItemIf(c, review.User.CanReplace)
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "replace", s.newReplacePage(c, a, it))
	return nil
}

// replace swaps a selected case for the next reserve of its stratum; the reason is required
// and kept in the protocol.
func (s *Server) replace(c *gin.Context) error {
	a, it, err := s.loadItemIf(c, review.User.CanReplace)
	if err != nil {
		return err
	}
	reason := strings.TrimSpace(c.PostForm("reason"))
	var repl review.SampleItem
	if reason == "" {
		err = &review.Error{Code: review.EInvalid, Field: "reason", Message: "Ange varför ärendet ersätts (till exempel: akten gick inte att få fram, eller insatsen låg utanför granskningen)."}
	} else {
		_, repl, err = s.svc.ReplaceCase(c.Request.Context(), a.Name, it.Diarienummer, it.Committee, reason, currentUser(c).Name)
	}
	if err != nil {
		code := review.ErrorCodeOf(err)
		if code != review.EInvalid && code != review.EConflict {
			return err
		}
		_ = c.Error(err)
		p := s.newReplacePage(c, a, it)
		p.Reason, p.Error = reason, userMessage(err)
		if code == review.EConflict {
			p.Error = "Ärendet kunde inte ersättas: antingen finns ingen reserv kvar för nämnden, eller så har någon annan ändrat urvalet under tiden. Ingenting ändrades."
		}
		s.render(c, httpStatus(err), "replace", p)
		return nil
	}
	c.Redirect(http.StatusSeeOther, itemURL(repl.ID)+"?klart=ersatt")
	return nil
}
