package web

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// hitView is one search hit: a page of a case file and the sentence that matched.
type hitView struct {
	ItemID       int64
	Committee    string
	Diarienummer string
	File         string
	Page         int
	Snippet      []segment // the sentence, with the matched words marked
	URL          string
}

type searchPage struct {
	base
	Audit    review.Audit
	Query    string
	Searched bool
	Hits     []hitView
	Scope    string
	Error    string
}

func (s *Server) searchAudit(c *gin.Context) (review.Audit, error) {
	u := currentUser(c)
	id, err := paramID(c, "id")
	if err != nil {
		return review.Audit{}, err
	}
	a, err := s.auditByID(c.Request.Context(), u, id)
	if err != nil {
		return a, err
	}
	if !u.CanSeeCaseLists() {
		return a, errForbidden
	}
	return a, nil
}

func (s *Server) newSearchPage(c *gin.Context, a review.Audit) *searchPage {
	u := currentUser(c)
	p := &searchPage{base: s.base(c, "Sök i akterna – "+a.Name), Audit: a, Scope: "alla nämnder i granskningen"}
	if cs := u.VisibleCommittees(a.ID); cs != nil {
		p.Scope = "nämnden " + strings.Join(cs, ", ")
	}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	return p
}

func (s *Server) searchForm(c *gin.Context) error {
	a, err := s.searchAudit(c)
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "search", s.newSearchPage(c, a))
	return nil
}

// search runs a full-text search over the page text the user may see. It is a POST so that
// search words (which may be names) never end up in URLs, history or proxy logs.
func (s *Server) search(c *gin.Context) error {
	a, err := s.searchAudit(c)
	if err != nil {
		return err
	}
	p := s.newSearchPage(c, a)
	p.Query = strings.TrimSpace(c.PostForm("q"))
	switch {
	case p.Query == "":
		p.Error = "Skriv ett eller flera ord att söka efter."
	case utf8.RuneCountInString(p.Query) > 200:
		p.Error = "Sökningen får ha högst 200 tecken."
	}
	if p.Error != "" {
		s.render(c, http.StatusUnprocessableEntity, "search", p)
		return nil
	}
	hits, err := s.searchPages(c.Request.Context(), a.Name, p.Query, currentUser(c).VisibleCommittees(a.ID))
	if err != nil {
		if review.ErrorCodeOf(err) != review.EInvalid {
			return err
		}
		p.Error = userMessage(err)
		s.render(c, http.StatusUnprocessableEntity, "search", p)
		return nil
	}
	u := currentUser(c)
	for _, h := range hits {
		if u.CanSeeCase(a.ID, h.Committee) { // the service filters too; never trust one layer
			p.Hits = append(p.Hits, h)
		}
	}
	p.Searched = true
	s.render(c, http.StatusOK, "search", p)
	return nil
}
