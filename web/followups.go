package web

import (
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
	"tillsyn/review/report"
)

// The follow-up monitor of a self-audit: per committee the open cases whose planned
// follow-up is overdue, the cases closed without a follow-up, and the closing reasons
// counted. Researchers see the counts only, small cells suppressed; a self-auditor the own
// committee.

type followupRow struct {
	review.CommitteeFollowUps
	Reasons        []reasonCount
	OverdueN       *int // nil: suppressed (a researcher's small cell)
	ClosedWithoutN *int
}

type reasonCount struct {
	Reason string
	N      *int
}

type followupsPage struct {
	base
	Audit     review.Audit
	AsOf      string
	Rows      []followupRow
	CaseLevel bool // the user sees diarienummer
	HiddenMax int  // counts 1 … HiddenMax are hidden from researchers
	Error     string
}

// suppress hides counts 1 … min-1 for researchers (nil means hidden).
func suppress(n int, caseLevel bool) *int {
	if !caseLevel && n > 0 && n < report.DefaultMinCell {
		return nil
	}
	return &n
}

func (s *Server) followupsPage(c *gin.Context) error {
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	p := &followupsPage{base: s.base(c, "Uppföljning av ärenden"), Audit: a, CaseLevel: u.CanSeeCaseLists(), HiddenMax: report.DefaultMinCell - 1}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	day := time.Now()
	if v := strings.TrimSpace(c.Query("per")); v != "" {
		d, err := review.ParseDate(v)
		if err != nil {
			p.Error = "Datumet ska skrivas ÅÅÅÅ-MM-DD; visar i dag."
		} else {
			day = d
		}
	}
	committee := ""
	if u.Role == review.RoleSelfAuditor {
		committee = u.Committee
	}
	r, err := s.svc.FollowUps(c.Request.Context(), a.Name, committee, day)
	if err != nil {
		return err
	}
	p.AsOf = r.AsOf
	for _, cf := range r.Committees {
		if !u.CanSeeProgress(cf.Committee) {
			continue
		}
		row := followupRow{CommitteeFollowUps: cf, OverdueN: suppress(len(cf.Overdue), p.CaseLevel), ClosedWithoutN: suppress(len(cf.ClosedWithoutFollowUp), p.CaseLevel)}
		if !p.CaseLevel {
			row.Overdue, row.ClosedWithoutFollowUp = nil, nil // never a diarienummer
		}
		for reason, n := range cf.ClosingReasons {
			row.Reasons = append(row.Reasons, reasonCount{reason, suppress(n, p.CaseLevel)})
		}
		sort.Slice(row.Reasons, func(i, j int) bool { return row.Reasons[i].Reason < row.Reasons[j].Reason })
		p.Rows = append(p.Rows, row)
	}
	s.render(c, http.StatusOK, "followups", p)
	return nil
}
