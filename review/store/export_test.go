package store

import (
	"context"
	"time"

	"tillsyn/review"
)

// GroupSave is one save (or, with Draft set, one draft of the review form) for
// WriteGroupForTest.
type GroupSave struct {
	ItemID int64
	Actor  string
	Rows   []review.Score
	At     time.Time
	Tmpl   review.TemplateStamp
	Draft  string // a draft's form (JSON) instead of Rows
}

// WriteGroupForTest writes saves as one group of the save loop, in the order given (as if
// they had arrived so), and returns each one's answer.
func (s *Store) WriteGroupForTest(saves []GroupSave) ([][]review.Score, []error) {
	group := make([]*saveRequest, len(saves))
	for i, g := range saves {
		r := &saveRequest{ctx: context.Background(), itemID: g.ItemID, actor: g.Actor, rows: g.Rows, at: g.At, tmpl: g.Tmpl, done: make(chan struct{})}
		if g.Draft != "" {
			r.draft = &draftWrite{reviewer: g.Actor, formJSON: g.Draft, at: g.At}
		}
		group[i] = r
	}
	s.commitGroup(group)
	out, errs := make([][]review.Score, len(group)), make([]error, len(group))
	for i, r := range group {
		<-r.done
		out[i], errs[i] = r.out, r.err
	}
	return out, errs
}
