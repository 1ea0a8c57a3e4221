package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

type disagreementRow struct {
	Item     review.SampleItem
	URL      string
	Criteria []string
}

type disagreementsPage struct {
	base
	Audit review.Audit
	Rows  []disagreementRow
}

// disagreements lists double-reviewed cases whose reviewers disagree, for those who settle
// them (admins and the audit's inspectors).
func (s *Server) disagreements(c *gin.Context) error {
	ctx := c.Request.Context()
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	if !u.CanAdjudicate(a.ID) {
		return errForbidden
	}
	ds, err := s.svc.Disagreements(ctx, a.Name)
	if err != nil {
		return err
	}
	t, err := s.svc.Template(a)
	if err != nil {
		return err
	}
	p := disagreementsPage{base: s.base(c, "Oenigheter – "+a.Name), Audit: a}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	for _, d := range ds {
		r := disagreementRow{Item: d.Item, URL: itemURL(d.Item.ID) + "/adjudicate"}
		for _, cr := range d.Criteria {
			r.Criteria = append(r.Criteria, t.CriterionName(cr))
		}
		p.Rows = append(p.Rows, r)
	}
	s.render(c, http.StatusOK, "disagreements", &p)
	return nil
}

type adjudicateRow struct {
	Criterion review.Criterion
	Name      string
	Options   []verdictOpt // the criterion's scale
	Reviews   []otherScore
	Disagree  bool
	Verdict   review.Verdict
	Comment   string
	Version   int
	Error     string
	Decided   *otherScore
	// the screening's suggestion, apart from what the reviewers entered
	Suggested      string // the suggested verdict in words ("" none)
	SuggestedPages string
}

type adjudicatePage struct {
	base
	Audit review.Audit
	Item  review.SampleItem
	Rows  []adjudicateRow
	Error string
	// Nothing: no criterion is in dispute or adjudicated, so there is nothing to do here
	Nothing bool
}

func (s *Server) newAdjudicatePage(c *gin.Context, a review.Audit, it review.SampleItem) (*adjudicatePage, error) {
	scores, err := s.svc.VisibleScores(c.Request.Context(), currentUser(c).Name, it.ID)
	if err != nil {
		return nil, err
	}
	t, err := s.svc.Template(a)
	if err != nil {
		return nil, err
	}
	p := &adjudicatePage{base: s.base(c, "Jämka "+it.Diarienummer), Audit: a, Item: it}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}, {"Oenigheter", auditURL(a.ID) + "/disagreements"}}
	disagree := review.Disagreeing(scores, len(t.Criteria))
	cf, err := s.caseFilesCached(c.Request.Context(), it)
	if err != nil {
		return nil, err
	}
	p.Nothing = true
	for _, d := range t.Criteria {
		cr := d.Key
		r := adjudicateRow{Criterion: cr, Name: d.Name.Sv, Options: scaleOpts(d), Disagree: disagree[cr]}
		for _, sc := range scores {
			if sc.Criterion != cr {
				continue
			}
			o := otherScore{Reviewer: sc.Reviewer, Kind: sc.Kind, Verdict: sc.Verdict, VerdictName: d.ValueName(sc.Verdict), Comment: sc.Comment, Pages: sc.EvidencePages}
			if sc.Kind == review.KindAdjudication {
				r.Decided = &o
				r.Verdict, r.Comment, r.Version = sc.Verdict, sc.Comment, sc.Version
				continue
			}
			if sc.Submitted {
				r.Reviews = append(r.Reviews, o)
			}
		}
		if d.Screening != "" {
			sg := cf.screening.Criteria[review.Criterion(d.Screening)]
			r.Suggested, r.SuggestedPages = sg.Label, sg.Pages
		}
		if r.Disagree || r.Decided != nil {
			p.Nothing = false
		}
		p.Rows = append(p.Rows, r)
	}
	return p, nil
}

func (s *Server) adjudicateForm(c *gin.Context) error {
	a, it, err := s.loadItemIf(c, review.User.CanAdjudicate)
	if err != nil {
		return err
	}
	p, err := s.newAdjudicatePage(c, a, it)
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "adjudicate", p)
	return nil
}

// adjudicate records the agreed judgement of the criteria that differ; both originals stay.
func (s *Server) adjudicate(c *gin.Context) error {
	a, it, err := s.loadItemIf(c, review.User.CanAdjudicate)
	if err != nil {
		return err
	}
	t, err := s.svc.Template(a)
	if err != nil {
		return err
	}
	form, err := parseScoreForm(c, t)
	var in []review.ScoreInput
	if err == nil {
		for _, x := range form.Inputs {
			if x.Verdict != "" || x.Comment != "" {
				in = append(in, review.ScoreInput{Criterion: x.Criterion, Verdict: x.Verdict, Comment: x.Comment, Version: x.Version})
			}
		}
		if len(in) == 0 {
			err = &review.Error{Code: review.EInvalid, Message: "Välj en sammanvägd bedömning och skriv en motivering för minst ett kriterium."}
		} else {
			_, err = s.svc.Adjudicate(c.Request.Context(), currentUser(c).Name, it.ID, in)
		}
	}
	if err == nil {
		c.Redirect(http.StatusSeeOther, auditURL(a.ID)+"/disagreements?klart=jamkad")
		return nil
	}
	code := review.ErrorCodeOf(err)
	if code != review.EInvalid && code != review.EConflict {
		return err
	}
	_ = c.Error(err)
	p, perr := s.newAdjudicatePage(c, a, it)
	if perr != nil {
		return perr
	}
	p.Error = userMessage(err)
	if code == review.EConflict {
		p.Error = conflictText(err)
	} else {
		var re *review.Error
		for i := range p.Rows {
			for _, x := range form.Inputs {
				if x.Criterion == p.Rows[i].Criterion {
					p.Rows[i].Verdict, p.Rows[i].Comment = x.Verdict, x.Comment
				}
			}
			if asErr(err, &re) && re.Field == string(p.Rows[i].Criterion) {
				p.Rows[i].Error = re.Message
			}
		}
	}
	s.render(c, httpStatus(err), "adjudicate", p)
	return nil
}
