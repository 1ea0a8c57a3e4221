package review_test

import (
	"testing"
	"time"

	"tillsyn/review"
)

// Who may draft, edit and sign a committee's decision and follow its requirement.
func TestCanDecide(t *testing.T) {
	sup := review.Audit{ID: 1, Kind: review.KindTillsyn}
	self := review.Audit{ID: 2, Kind: review.KindEgenkontroll}
	for _, c := range []struct {
		u         review.User
		a         review.Audit
		committee string
		want      bool
	}{
		{review.User{Role: review.RoleAdmin}, sup, "Arvika", true},
		{review.User{Role: review.RoleInspector, Audits: []int64{1}}, sup, "Arvika", true},
		{review.User{Role: review.RoleInspector, Audits: []int64{2}}, sup, "Arvika", false},
		{review.User{Role: review.RoleSelfAuditor, Committee: "Arvika", Audits: []int64{1, 2}}, sup, "Arvika", false}, // IVO decides in a supervision
		{review.User{Role: review.RoleSelfAuditor, Committee: "Arvika", Audits: []int64{1, 2}}, self, "Arvika", true},
		{review.User{Role: review.RoleSelfAuditor, Committee: "Arvika", Audits: []int64{1, 2}}, self, "Karlstad", false},
		{review.User{Role: review.RoleSelfAuditor, Committee: "Arvika"}, self, "Arvika", false}, // not a member
		{review.User{Role: review.RoleResearcher}, self, "Arvika", false},
	} {
		if got := c.u.CanDecide(c.a, c.committee); got != c.want {
			t.Errorf("%s (committee %q, audits %v) on %s of a %s: %v, want %v", c.u.Role, c.u.Committee, c.u.Audits, c.committee, c.a.Kind, got, c.want)
		}
	}
}

// A requirement is overdue only while the committee owes a report and its due date has
// passed (the due date itself is not overdue); met means accepted or closed.
func TestRequirementOverdueAndMet(t *testing.T) {
	due := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		s       review.RequirementStatus
		day     time.Time
		overdue bool
		met     bool
	}{
		{review.ReqAwaitingReport, due, false, false},
		{review.ReqAwaitingReport, due.Add(23 * time.Hour), false, false},
		{review.ReqAwaitingReport, due.AddDate(0, 0, 1), true, false},
		{review.ReqFurtherMeasures, due.AddDate(0, 0, 1), true, false},
		{review.ReqReportReceived, due.AddDate(0, 0, 10), false, false},
		{review.ReqAccepted, due.AddDate(0, 0, 10), false, true},
		{review.ReqClosed, due.AddDate(0, 0, 10), false, true},
	} {
		r := review.Requirement{Status: c.s, DueDate: due}
		if r.Overdue(c.day) != c.overdue || c.s.Met() != c.met {
			t.Errorf("%s on %s: overdue %v met %v, want %v %v", c.s, c.day.Format(time.DateTime), r.Overdue(c.day), c.s.Met(), c.overdue, c.met)
		}
	}
}
