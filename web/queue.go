package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// The reviewer's queue (/) and the assignment of cases to reviewers (/audits/:id/assign).

type queueRow struct {
	review.QueueItem
	URL       string
	StateName string
	Role      string // "granskare", "andra granskare" or "öppen"
}

type queueAudit struct {
	Audit     review.Audit
	Rows      []queueRow
	Open      int    // cases with work left for the viewer
	NextURL   string // the first of them
	CanAssign bool
}

type queuePage struct {
	base
	Audits []queueAudit
}

// queue is the start page of everyone who judges cases: per audit the cases assigned to
// the viewer or open to them, with where each stands, and the next one a key away.
// Researchers judge no case: their start page is the list of audits.
func (s *Server) queue(c *gin.Context) error {
	u := currentUser(c)
	if u.Role == review.RoleResearcher {
		c.Redirect(http.StatusSeeOther, "/audits")
		return nil
	}
	ctx := c.Request.Context()
	all, err := s.svc.Audits(ctx)
	if err != nil {
		return err
	}
	p := queuePage{base: s.base(c, "Min kö")}
	for _, a := range all {
		if !u.CanSeeAudit(a.ID) || !a.PurgedAt.IsZero() {
			continue
		}
		q, _, err := s.svc.Queue(ctx, *u, a.ID)
		if review.ErrorCodeOf(err) == review.ENotFound {
			continue // no sample yet
		}
		if err != nil {
			return err
		}
		qa := queueAudit{Audit: a, CanAssign: u.CanAdjudicate(a.ID)}
		for _, x := range q {
			r := queueRow{QueueItem: x, URL: itemURL(x.Item.ID), StateName: x.State.SwedishName(), Role: "öppen"}
			switch x.Slot {
			case 1:
				r.Role = "granskare"
			case 2:
				r.Role = "andra granskare"
			}
			if x.State.Open() {
				qa.Open++
				if qa.NextURL == "" {
					qa.NextURL = r.URL
				}
			}
			qa.Rows = append(qa.Rows, r)
		}
		if len(qa.Rows) > 0 || qa.CanAssign {
			p.Audits = append(p.Audits, qa)
		}
	}
	s.render(c, http.StatusOK, "queue", &p)
	return nil
}

type assignCase struct {
	Item          review.SampleItem
	Double        bool
	First, Second string
}

type assignCommittee struct {
	Name  string
	Cases []assignCase
}

type assignPage struct {
	base
	Audit      review.Audit
	Reviewers  []string
	Progress   []review.ReviewerProgress
	Committees []assignCommittee
	Error      string
	// the form as posted, on an error
	Committee, Reviewer string
	Slot                int
}

// assignForm shows who reviews which case and how far each reviewer has come, with the
// form that assigns cases (per committee or per case, either slot).
func (s *Server) assignForm(c *gin.Context) error {
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	if !u.CanAdjudicate(a.ID) {
		return errForbidden
	}
	p, err := s.newAssignPage(c, a)
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "assign", p)
	return nil
}

func (s *Server) newAssignPage(c *gin.Context, a review.Audit) (*assignPage, error) {
	ctx := c.Request.Context()
	p := &assignPage{base: s.base(c, "Fördela ärenden – "+a.Name), Audit: a, Slot: 1}
	p.Crumbs = []crumb{{"Granskningar", "/audits"}, {a.Name, auditURL(a.ID)}}
	users, err := s.auth.Users(ctx)
	if err != nil {
		return nil, err
	}
	for _, x := range users {
		if !x.Disabled && x.Role != review.RoleResearcher && x.CanSeeAudit(a.ID) {
			p.Reviewers = append(p.Reviewers, x.Name)
		}
	}
	q, asg, err := s.svc.Assigned(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	slots := map[int64][3]string{}
	for _, x := range asg {
		v := slots[x.ItemID]
		v[x.Slot] = x.Reviewer
		slots[x.ItemID] = v
	}
	for _, x := range q {
		if n := len(p.Committees); n == 0 || p.Committees[n-1].Name != x.Item.Committee {
			p.Committees = append(p.Committees, assignCommittee{Name: x.Item.Committee})
		}
		sl := slots[x.Item.ID]
		cm := &p.Committees[len(p.Committees)-1]
		cm.Cases = append(cm.Cases, assignCase{Item: x.Item, Double: x.Double, First: sl[1], Second: sl[2]})
	}
	if p.Progress, err = s.svc.ReviewerProgress(ctx, a.ID); err != nil {
		return nil, err
	}
	return p, nil
}

// assign records an assignment posted from the form.
func (s *Server) assign(c *gin.Context) error {
	a, u, err := s.auditFromPath(c)
	if err != nil {
		return err
	}
	if !u.CanAdjudicate(a.ID) {
		return errForbidden
	}
	req := review.AssignRequest{Committee: strings.TrimSpace(c.PostForm("committee")), Reviewer: strings.TrimSpace(c.PostForm("reviewer"))}
	req.Slot, _ = strconv.Atoi(c.PostForm("slot"))
	for _, v := range c.PostFormArray("item") {
		id, perr := strconv.ParseInt(v, 10, 64)
		if perr != nil {
			err = &review.Error{Code: review.EInvalid, Field: "items", Message: "okänt ärende i formuläret"}
			break
		}
		req.Items = append(req.Items, id)
	}
	switch {
	case err != nil:
	case req.Reviewer == "":
		err = &review.Error{Code: review.EInvalid, Field: "reviewer", Message: "välj en granskare (eller att ta bort tilldelningen)"}
	case req.Reviewer == "-":
		req.Reviewer = "" // remove the assignment
	}
	if err == nil && req.Committee != "" && len(req.Items) > 0 {
		err = &review.Error{Code: review.EInvalid, Field: "committee", Message: "välj antingen en nämnd eller ärenden, inte båda"}
	}
	if err == nil {
		_, err = s.svc.Assign(c.Request.Context(), u.Name, a.Name, req)
	}
	if err == nil {
		c.Redirect(http.StatusSeeOther, auditURL(a.ID)+"/assign?klart=fordelad")
		return nil
	}
	if review.ErrorCodeOf(err) != review.EInvalid {
		return err
	}
	_ = c.Error(err)
	p, perr := s.newAssignPage(c, a)
	if perr != nil {
		return perr
	}
	p.Error = userMessage(err)
	p.Committee, p.Reviewer, p.Slot = req.Committee, c.PostForm("reviewer"), req.Slot
	s.render(c, http.StatusUnprocessableEntity, "assign", p)
	return nil
}

// favicon serves the app's icon at the path browsers ask for.
func (s *Server) favicon(c *gin.Context) error {
	b, err := staticFS.ReadFile("static/favicon.ico")
	if err != nil {
		return err
	}
	c.Header("Cache-Control", "public, max-age=86400")
	c.Data(http.StatusOK, "image/x-icon", b)
	return nil
}
