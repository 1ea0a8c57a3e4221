package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

type caseRow struct {
	Item  review.SampleItem
	URL   string
	State string
}

type committeePage struct {
	base
	Audit     review.Audit
	Committee string
	Cases     []caseRow
	Replaced  []review.SampleItem
	Reserves  int
	AllDone   bool
}

// committeeCases lists a committee's sampled cases with the viewer's status. Nothing of the
// screening is shown before a case is opened: a list of suggested verdicts would steer the
// reviewer before the file is read.
func (s *Server) committeeCases(c *gin.Context) error {
	ctx := c.Request.Context()
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	committee := c.Param("committee")
	if !u.CanSeeCommittee(a.ID, committee) {
		return errForbidden
	}
	_, sm, err := s.svc.ActiveSample(ctx, a.Name)
	if err != nil {
		return err
	}
	t, err := s.svc.Template(a)
	if err != nil {
		return err
	}
	p := committeePage{base: s.base(c, committee+" – "+a.Name), Audit: a, Committee: committee}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	found := false
	for _, it := range sm.Items {
		if it.Committee != committee {
			continue
		}
		found = true
		switch it.Status {
		case review.StatusReserve:
			p.Reserves++
			continue
		case review.StatusReplaced:
			p.Replaced = append(p.Replaced, it)
			continue
		}
		scores, err := s.svc.VisibleScores(ctx, u.Name, it.ID)
		if err != nil {
			return err
		}
		row := caseRow{Item: it, URL: itemURL(it.ID), State: review.ProgressOf(scores, u.Name, len(t.Criteria)).SwedishName()}
		p.Cases = append(p.Cases, row)
	}
	if !found {
		return &review.Error{Code: review.ENotFound, Message: "Nämnden finns inte i granskningens urval."}
	}
	p.AllDone = c.Query("klart") == "alla"
	s.render(c, http.StatusOK, "committee", &p)
	return nil
}
