package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"tillsyn/review"
)

// Drafts of the review form and case assignments (migration 0012, review.WorkbenchStore).

// SaveDraft inserts or replaces a reviewer's draft of an item; a case not selected in the
// active sample is EConflict, checked inside the transaction. Drafts arrive as the reviewer
// types, so they join the saves' group commit (see saveLoop) rather than pay for a durable
// commit of their own.
func (s *Store) SaveDraft(ctx context.Context, itemID int64, reviewer, formJSON string, at time.Time) error {
	req := &saveRequest{ctx: ctx, itemID: itemID, actor: reviewer, at: at, done: make(chan struct{}),
		draft: &draftWrite{reviewer: reviewer, formJSON: formJSON, at: at}}
	return s.enqueue(ctx, req, "save draft")
}

type draftWrite struct {
	reviewer, formJSON string
	at                 time.Time
	remove             bool // DeleteDraft
}

// Draft returns a reviewer's draft of an item.
func (s *Store) Draft(ctx context.Context, itemID int64, reviewer string) (string, time.Time, bool, error) {
	var raw, at string
	err := s.rsql.QueryRowContext(ctx, `SELECT form_json, updated_at FROM review_drafts WHERE sample_item_id = ? AND reviewer = ?`, itemID, reviewer).Scan(&raw, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return "", time.Time{}, false, nil
	}
	if err != nil {
		return "", time.Time{}, false, internal("read draft", err)
	}
	var t time.Time
	if err := parseStamp(&t, time.RFC3339Nano, at, "draft updated_at"); err != nil {
		return "", t, false, internal("read draft", err)
	}
	return raw, t, true, nil
}

// DeleteDraft removes a reviewer's draft of an item. It joins the saves' group commit too:
// the writer is theirs, and a save is followed by the removal of its draft.
func (s *Store) DeleteDraft(ctx context.Context, itemID int64, reviewer string) error {
	req := &saveRequest{ctx: ctx, itemID: itemID, actor: reviewer, done: make(chan struct{}),
		draft: &draftWrite{reviewer: reviewer, remove: true}}
	return s.enqueue(ctx, req, "delete draft")
}

// DraftItems lists the items of an audit's active sample the reviewer has a draft of.
func (s *Store) DraftItems(ctx context.Context, auditID int64, reviewer string) (map[int64]bool, error) {
	out := map[int64]bool{}
	err := eachRow(ctx, s.rsql, `SELECT d.sample_item_id FROM review_drafts d JOIN sample_items i ON i.id = d.sample_item_id
		JOIN samples sm ON sm.id = i.sample_id WHERE sm.audit_id = ? AND sm.active = 1 AND d.reviewer = ?`, func(r *sql.Rows) error {
		var id int64
		if err := r.Scan(&id); err != nil {
			return err
		}
		out[id] = true
		return nil
	}, auditID, reviewer)
	return out, internal("read drafts", err)
}

// SetAssignments writes assignments in one transaction; an empty reviewer removes the slot.
func (s *Store) SetAssignments(ctx context.Context, auditID int64, rows []review.Assignment) error {
	if len(rows) == 0 {
		return nil
	}
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	ev := trailAssign{User: rows[0].ReviewerID, Slot: rows[0].Slot}
	for _, r := range rows {
		ev.Items = append(ev.Items, r.ItemID)
	}
	if _, err := appendTrail(ctx, tx, review.ActionCaseAssign, auditID, fmt.Sprintf("user:%d", ev.User), ev, rows[0].At); err != nil {
		return err
	}
	for _, r := range rows {
		if r.Reviewer == "" {
			if _, err := tx.ExecContext(ctx, `DELETE FROM case_assignments WHERE sample_item_id = ? AND slot = ?`, r.ItemID, r.Slot); err != nil {
				return internal("unassign", err)
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO case_assignments (sample_item_id, slot, reviewer, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (sample_item_id, slot) DO UPDATE SET reviewer = excluded.reviewer, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at`,
			r.ItemID, r.Slot, r.Reviewer, r.By, r.At.UTC().Format(time.RFC3339Nano)); err != nil {
			return internal("assign", err)
		}
	}
	return internal("commit", tx.Commit())
}

// trailAssign is the trail's record of an assignment: cases and user by internal id (user
// 0: the assignment was removed).
type trailAssign struct {
	Items []int64 `json:"items"`
	Slot  int     `json:"slot"`
	User  int64   `json:"user"`
}

// Assignments lists the assignments of the items of an audit's active sample.
func (s *Store) Assignments(ctx context.Context, auditID int64) ([]review.Assignment, error) {
	var out []review.Assignment
	err := eachRow(ctx, s.rsql, `SELECT c.sample_item_id, c.slot, c.reviewer, c.assigned_by, c.assigned_at FROM case_assignments c
		JOIN sample_items i ON i.id = c.sample_item_id JOIN samples sm ON sm.id = i.sample_id
		WHERE sm.audit_id = ? AND sm.active = 1 ORDER BY c.sample_item_id, c.slot`, func(r *sql.Rows) error {
		var a review.Assignment
		var at string
		if err := r.Scan(&a.ItemID, &a.Slot, &a.Reviewer, &a.By, &at); err != nil {
			return err
		}
		if err := parseStamp(&a.At, time.RFC3339Nano, at, "assigned_at"); err != nil {
			return err
		}
		out = append(out, a)
		return nil
	}, auditID)
	return out, internal("read assignments", err)
}
