package web

import (
	"context"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// auditByID finds an audit the user may see; ENotFound for unknown ids, EForbidden for
// audits outside the user's assignment.
func (s *Server) auditByID(ctx context.Context, u *review.User, id int64) (review.Audit, error) {
	audits, err := s.svc.Audits(ctx)
	if err != nil {
		return review.Audit{}, err
	}
	for _, a := range audits {
		if a.ID == id {
			if !u.CanSeeAudit(a.ID) {
				return a, errForbidden
			}
			return a, nil
		}
	}
	return review.Audit{}, &review.Error{Code: review.ENotFound, Message: "Granskningen finns inte."}
}

// auditFromPath returns the audit named by the route's :id when the user may see it.
func (s *Server) auditFromPath(c *gin.Context) (review.Audit, *review.User, error) {
	u := currentUser(c)
	id, err := paramID(c, "id")
	if err != nil {
		return review.Audit{}, u, err
	}
	a, err := s.auditByID(c.Request.Context(), u, id)
	return a, u, err
}

func auditURL(id int64) string { return "/audits/" + strconv.FormatInt(id, 10) }

type auditListPage struct {
	base
	Audits []review.Audit
}

func (s *Server) auditList(c *gin.Context) error {
	u := currentUser(c)
	all, err := s.svc.Audits(c.Request.Context())
	if err != nil {
		return err
	}
	p := auditListPage{base: s.base(c, "Granskningar")}
	for _, a := range all {
		if u.CanSeeAudit(a.ID) {
			p.Audits = append(p.Audits, a)
		}
	}
	s.render(c, http.StatusOK, "audits", &p)
	return nil
}

type progressRow struct {
	review.CommitteeProgress
	Link bool // the user may open the committee's case list
}

type auditPage struct {
	base
	Audit         review.Audit
	HasSample     bool
	Progress      []progressRow
	Total         review.CommitteeProgress
	Agreement     []review.CriterionAgreement
	Protocol      review.Protocol
	Items         []review.ProtocolItem // the visible part of the protocol's case list
	Replacements  []review.ProtocolItem
	CaseLevel     bool // the user may see case-level data
	CanAdjudicate bool
	Template      review.Template // the audit's criteria
	Created       bool            // the audit was just created
	// decisions and requirements per committee, and how many are overdue (decisions.go)
	Decisions           []decisionRow
	OverdueRequirements int
}

func (s *Server) auditOverview(c *gin.Context) error {
	ctx := c.Request.Context()
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	p := auditPage{base: s.base(c, a.Name), Audit: a, CaseLevel: u.CanSeeCaseLists(), CanAdjudicate: u.CanAdjudicate(a.ID), Created: c.Query("klart") == "skapad"}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}}
	if p.Template, err = s.svc.Template(a); err != nil {
		return err
	}
	_, sm, err := s.svc.ActiveSample(ctx, a.Name)
	switch {
	case review.ErrorCodeOf(err) == review.ENotFound:
		s.render(c, http.StatusOK, "audit", &p)
		return nil
	case err != nil:
		return err
	}
	p.HasSample = true
	if p.Decisions, p.OverdueRequirements, err = s.decisionSummary(ctx, a, u); err != nil {
		return err
	}
	prog, agreement, err := s.svc.ProgressAndAgreement(ctx, a.Name)
	if err != nil {
		return err
	}
	// researchers see no counts per committee or of double-reviewed files here: they are not
	// suppressed, and with the research export's rows they would give a hidden cell away
	// (the final files of a committee are its files_reviewed); a self-auditor sees the own
	// committee's progress, and agreement only where the whole audit is theirs to see
	if !p.CaseLevel {
		prog = nil
	} else if u.VisibleCommittees(a.ID) == nil {
		p.Agreement = agreement
	}
	for _, r := range prog {
		if !u.CanSeeProgress(r.Committee) {
			continue
		}
		p.Progress = append(p.Progress, progressRow{CommitteeProgress: r, Link: u.CanSeeCommittee(a.ID, r.Committee)})
		p.Total.Sampled += r.Sampled
		p.Total.Scored += r.Scored
		p.Total.Double += r.Double
		p.Total.DoubleScored += r.DoubleScored
		p.Total.Agreed += r.Agreed
		p.Total.Disagreements += r.Disagreements
		p.Total.Final += r.Final
		p.Total.NotStarted += r.NotStarted
		p.Total.AwaitingSecond += r.AwaitingSecond
		p.Total.AwaitingAdjudication += r.AwaitingAdjudication
	}
	earlier, err := s.svc.SampleLog(ctx, a.Name)
	if err != nil {
		return err
	}
	p.Protocol = review.NewProtocol(a, sm, earlier)
	if p.CaseLevel {
		for _, it := range p.Protocol.Items {
			if !u.CanSeeCommittee(a.ID, it.Committee) {
				continue
			}
			p.Items = append(p.Items, it)
			if it.ReplacedBy != nil {
				p.Replacements = append(p.Replacements, it)
			}
		}
	}
	s.render(c, http.StatusOK, "audit", &p)
	return nil
}
