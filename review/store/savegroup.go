package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"tillsyn/review"
)

// A group of saves and drafts (see saveLoop) is written in one transaction with a handful
// of statements, not a dozen per save: on PostgreSQL every statement is a round trip to the
// server, made while every other writer of every instance waits for its turn.
//
// Inside the group's transaction, after the writer's turn is taken, nothing else writes. So
// the group reads the state of all its items in one query (selected in the active sample,
// gallrad, template, double review) and all their judgements in another, decides every
// save in Go in the order the saves arrived (a later save sees what an earlier one of the
// group wrote; a save naming a stale version is a conflict and writes nothing), and then
// writes what the accepted saves changed: each changed judgement once in its final state,
// one history row per change, the items' counts of changes, one trail event per save
// (chained in Go from one read of the trail's head, with the content and hashes a save
// alone would give) and the drafts. PostgreSQL gets one statement per table, its rows
// passed as arrays (unnest), so the statements' texts, and their plans, are the same for
// any group; SQLite, whose statements cost no round trip, gets one statement per row.

// groupItem is what a group knows of one sampled item: as read when its transaction began,
// then as its accepted saves changed it.
type groupItem struct {
	found          bool
	auditID        int64
	active, purged bool
	status, sha    string
	double         bool
	scores         []*groupScore
}

// groupScore is one judgement as the group sees it.
type groupScore struct {
	sc      review.Score // the current state; ID 0 until a new row is inserted
	stored  bool         // the row existed when the group began
	version int          // its version then
	changed bool         // the group writes it
}

// groupChange is one change of a judgement by a save: a row of score_events.
type groupChange struct {
	gs        *groupScore
	snap      review.Score // the judgement as this save left it
	itemID    int64
	by, at    string
	old, new_ string
	id        int64 // its score_events row, once inserted
}

// groupSave is what an accepted save writes and answers.
type groupSave struct {
	r       *saveRequest
	auditID int64
	out     []review.Score
	outOf   []*groupScore // out[i] is a state of outOf[i] (its ID is known after the insert)
	changes []*groupChange
}

// draftOp is the last thing the group does to one draft: write it (form) or remove it.
type draftOp struct {
	itemID   int64
	reviewer string
	remove   bool
	formJSON string
	at       string
}

type draftKey2 struct {
	item     int64
	reviewer string
}

// errGroupRace answers the saves of a group whose writes did not meet the rows it read:
// something wrote without taking the writer's turn (a script, psql).
var errGroupRace = &review.Error{Code: review.EConflict, Message: "Någon annan sparade samtidigt. Ladda om sidan; inget sparades."}

// writeGroup decides and writes the group's saves and drafts inside tx (see above). It sets
// each request's answer (out, err) for what it decides; an error returned fails the whole
// group (the caller rolls back and answers every request with it).
func (s *Store) writeGroup(ctx context.Context, tx *sqlTx, group []*saveRequest) error {
	// the items the group needs: every save's with rows, every draft written
	var ids, scoreIDs []int64
	seen := map[int64]bool{}
	scoresOf := map[int64]bool{}
	for _, r := range group {
		if r.ctx.Err() != nil {
			continue
		}
		switch {
		case r.draft != nil && r.draft.remove:
			continue
		case r.draft == nil && len(r.rows) == 0:
			continue
		}
		if !seen[r.itemID] {
			seen[r.itemID] = true
			ids = append(ids, r.itemID)
		}
		if r.draft == nil && !scoresOf[r.itemID] {
			scoresOf[r.itemID] = true
			scoreIDs = append(scoreIDs, r.itemID)
		}
	}
	items, err := s.readGroupItems(ctx, tx, ids, scoreIDs)
	if err != nil {
		return err
	}
	var saves []*groupSave
	drafts := map[draftKey2]*draftOp{}
	var draftOrder []draftKey2
	for _, r := range group {
		if err := r.ctx.Err(); err != nil {
			r.err = err
			continue
		}
		if d := r.draft; d != nil {
			if !d.remove {
				it := items[r.itemID]
				if it == nil || !it.found {
					r.err = &review.Error{Code: review.ENotFound, Message: "no such case in any sample"}
					continue
				}
				if !it.active || it.status != review.StatusSelected {
					r.err = errDraftNotSelected
					continue
				}
			}
			k := draftKey2{r.itemID, d.reviewer}
			if drafts[k] == nil {
				draftOrder = append(draftOrder, k)
			}
			drafts[k] = &draftOp{itemID: r.itemID, reviewer: d.reviewer, remove: d.remove, formJSON: d.formJSON, at: d.at.UTC().Format(time.RFC3339Nano)}
			continue
		}
		if len(r.rows) == 0 {
			continue
		}
		g, err := decideSave(items[r.itemID], r)
		if err != nil {
			r.err = err
			continue
		}
		saves = append(saves, g)
	}
	// the judgements the group changes, each written once in its final state
	var inserts, updates []*groupScore
	done := map[*groupScore]bool{}
	for _, g := range saves {
		for _, c := range g.changes {
			if done[c.gs] {
				continue
			}
			done[c.gs] = true
			if c.gs.stored {
				updates = append(updates, c.gs)
			} else {
				inserts = append(inserts, c.gs)
			}
		}
	}
	if len(inserts) > 0 {
		if err := s.insertGroupScores(ctx, tx, inserts); err != nil {
			return err
		}
	}
	if len(updates) > 0 {
		if err := s.updateGroupScores(ctx, tx, updates); err != nil {
			return err
		}
	}
	var changes []*groupChange
	itemChanges := map[int64]int64{}
	var changedItems []int64
	for _, g := range saves {
		for i, gs := range g.outOf {
			g.out[i].ID = gs.sc.ID
		}
		if len(g.changes) == 0 {
			continue
		}
		changes = append(changes, g.changes...)
		if itemChanges[g.r.itemID] == 0 {
			changedItems = append(changedItems, g.r.itemID)
		}
		itemChanges[g.r.itemID]++ // once per save (see migration 0008)
	}
	if len(changes) > 0 {
		if err := s.insertGroupChanges(ctx, tx, changes); err != nil {
			return err
		}
		if err := s.addItemChanges(ctx, tx, changedItems, itemChanges); err != nil {
			return err
		}
		if err := s.appendGroupTrail(ctx, tx, saves); err != nil {
			return err
		}
	}
	if len(drafts) > 0 {
		ops := make([]*draftOp, len(draftOrder))
		for i, k := range draftOrder {
			ops[i] = drafts[k]
		}
		if err := s.writeGroupDrafts(ctx, tx, ops); err != nil {
			return err
		}
	}
	for _, g := range saves {
		g.r.out = g.out
	}
	return nil
}

// errDraftNotSelected refuses a draft of a case no longer selected in the active sample.
var errDraftNotSelected = &review.Error{Code: review.EConflict, Message: "ärendet ingår inte längre i urvalet"}

// inList is `= ANY(?)` with the ids as one array on PostgreSQL (one statement text for any
// number), `IN (?, …)` on SQLite.
func (s *Store) inList(ids []int64) (string, []any) {
	if s.pg {
		return ` = ANY(?)`, []any{ids}
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return ` IN (` + strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + `)`, args
}

// readGroupItems reads the items ids and the judgements of the items scoreIDs.
func (s *Store) readGroupItems(ctx context.Context, tx *sqlTx, ids, scoreIDs []int64) (map[int64]*groupItem, error) {
	items := map[int64]*groupItem{}
	if len(ids) == 0 {
		return items, nil
	}
	in, args := s.inList(ids)
	err := eachRow(ctx, tx, `SELECT i.id, s.audit_id, s.active, i.status, CASE WHEN a.purged_at IS NOT NULL THEN 1 ELSE 0 END, a.template_sha256,
		CASE WHEN EXISTS (SELECT 1 FROM double_reviews d WHERE d.sample_item_id = i.id) THEN 1 ELSE 0 END
		FROM sample_items i JOIN samples s ON s.id = i.sample_id JOIN audits a ON a.id = s.audit_id WHERE i.id`+in, func(r *sql.Rows) error {
		var id int64
		var active, purged, double int
		it := &groupItem{found: true}
		if err := r.Scan(&id, &it.auditID, &active, &it.status, &purged, &it.sha, &double); err != nil {
			return err
		}
		it.active, it.purged, it.double = active == 1, purged == 1, double == 1
		items[id] = it
		return nil
	}, args...)
	if err != nil {
		return nil, internal("read sample items", err)
	}
	if len(scoreIDs) == 0 {
		return items, nil
	}
	in, args = s.inList(scoreIDs)
	err = eachRow(ctx, tx, `SELECT `+scoreCols+` FROM scores WHERE sample_item_id`+in, func(r *sql.Rows) error {
		sc, err := scanScore(r)
		if err != nil {
			return err
		}
		if it := items[sc.SampleItemID]; it != nil {
			it.scores = append(it.scores, &groupScore{sc: sc, stored: true, version: sc.Version})
		}
		return nil
	}, args...)
	if err != nil {
		return nil, internal("read scores", err)
	}
	return items, nil
}

// decideSave checks one save against the state its group has reached (see
// review.ScoreStore.SaveScores for the rules) and, when it is accepted, applies it to that
// state. A refused save leaves the state as it was.
func decideSave(it *groupItem, r *saveRequest) (*groupSave, error) {
	rows, tmpl := r.rows, r.tmpl
	if it == nil || !it.found {
		return nil, &review.Error{Code: review.ENotFound, Message: "no such case in any sample"}
	}
	if it.purged {
		return nil, &review.Error{Code: review.EConflict, Message: "Granskningen är gallrad: dess personuppgifter är borttagna och inga bedömningar kan ändras."}
	}
	if it.sha != tmpl.SHA256 {
		return nil, errTemplateChanged
	}
	if !it.active || it.status != review.StatusSelected {
		return nil, &review.Error{Code: review.EConflict, Message: "Ärendet ingår inte längre i urvalet (det har ersatts eller urvalet dragits om). Inget sparades."}
	}
	reviewer := rows[0].Reviewer
	if rows[0].Kind == review.KindReview && it.double {
		// a double review whose two reviews are both in is locked
		submitted := map[string]int{}
		for _, gs := range it.scores {
			if sc := gs.sc; sc.Kind == review.KindReview && sc.Submitted && sc.Verdict != "" {
				submitted[sc.Reviewer]++
			}
		}
		other := false
		for who, n := range submitted {
			if who != reviewer && n >= tmpl.Criteria {
				other = true
			}
		}
		if submitted[reviewer] >= tmpl.Criteria && other {
			return nil, &review.Error{Code: review.EConflict, Message: "Båda granskarna har skickat in sina bedömningar av ärendet, som granskas av två oberoende: de är låsta. En oenighet jämkas på jämkningssidan."}
		}
	}
	type key struct {
		kind      string
		criterion review.Criterion
	}
	cur := map[key]*groupScore{}
	for _, gs := range it.scores {
		if gs.sc.Kind == review.KindAdjudication || gs.sc.Reviewer == reviewer {
			cur[key{gs.sc.Kind, gs.sc.Criterion}] = gs
		}
	}
	atS := r.at.Format(time.RFC3339Nano)
	g := &groupSave{r: r, auditID: it.auditID}
	// the new states, applied to the group's state only once every row has passed
	next := map[*groupScore]review.Score{}
	var fresh []*groupScore
	for _, row := range rows {
		if row.Reviewer != reviewer {
			return nil, internal("write score", fmt.Errorf("one save per reviewer"))
		}
		k := key{row.Kind, row.Criterion}
		gs := cur[k]
		c, found := review.Score{}, gs != nil
		if found {
			c = gs.sc
			if n, ok := next[gs]; ok {
				c = n
			}
		}
		curVersion := 0
		if found {
			curVersion = c.Version
		}
		if row.Version != curVersion {
			return nil, &review.Error{Code: review.EConflict, Field: string(row.Criterion),
				Message: fmt.Sprintf("Någon annan har ändrat bedömningen av %s sedan du öppnade sidan (version %d, du hade %d). Ladda om sidan; inget sparades.", row.Criterion.SwedishName(), curVersion, row.Version)}
		}
		if found && scoreState(c) == scoreState(row) && c.Reviewer == row.Reviewer {
			g.out = append(g.out, c) // unchanged: no new version, no event
			g.outOf = append(g.outOf, gs)
			continue
		}
		old := "{}"
		if found {
			old = scoreState(c)
			row.ID, row.Version = c.ID, c.Version+1
		} else {
			gs = &groupScore{}
			cur[k] = gs
			fresh = append(fresh, gs)
			row.Version = 1
		}
		row.SampleItemID, row.UpdatedAt = r.itemID, r.at
		next[gs] = row
		g.out = append(g.out, row)
		g.outOf = append(g.outOf, gs)
		g.changes = append(g.changes, &groupChange{gs: gs, snap: row, itemID: r.itemID, by: r.actor, at: atS, old: old, new_: scoreState(row)})
	}
	for gs, sc := range next {
		gs.sc, gs.changed = sc, true
	}
	it.scores = append(it.scores, fresh...)
	return g, nil
}

// insertGroupScores inserts the group's new judgements (in their final states) and sets
// their ids.
func (s *Store) insertGroupScores(ctx context.Context, tx *sqlTx, rows []*groupScore) error {
	if !s.pg {
		for _, gs := range rows {
			r := gs.sc
			id, err := tx.insertID(ctx, `INSERT INTO scores (sample_item_id, kind, reviewer, criterion, verdict, comment, evidence_pages, elements, handover, submitted, source, version, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
				r.SampleItemID, r.Kind, r.Reviewer, string(r.Criterion), string(r.Verdict), r.Comment, r.EvidencePages, r.Elements, string(r.Handover), r.Submitted, r.Source, r.Version, r.UpdatedAt.Format(time.RFC3339Nano))
			if err != nil {
				return groupWriteErr("write score", err)
			}
			gs.sc.ID = id
		}
		return nil
	}
	n := len(rows)
	item, version, submitted := make([]int64, n), make([]int64, n), make([]int64, n)
	kind, reviewer, crit, verdict, comment, pages, elements, handover, source, at := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	type key struct {
		item                      int64
		kind, reviewer, criterion string
	}
	byKey := map[key]*groupScore{}
	for i, gs := range rows {
		r := gs.sc
		item[i], version[i], submitted[i] = r.SampleItemID, int64(r.Version), b2i(r.Submitted)
		kind[i], reviewer[i], crit[i], verdict[i], comment[i], pages[i], elements[i], handover[i], source[i], at[i] =
			r.Kind, r.Reviewer, string(r.Criterion), string(r.Verdict), r.Comment, r.EvidencePages, r.Elements, string(r.Handover), r.Source, r.UpdatedAt.Format(time.RFC3339Nano)
		byKey[key{r.SampleItemID, r.Kind, r.Reviewer, string(r.Criterion)}] = gs
	}
	// the new ids come back with their rows' keys (unique within the group): no reliance on
	// the order RETURNING gives them in
	got := 0
	err := eachRow(ctx, tx, `INSERT INTO scores (sample_item_id, kind, reviewer, criterion, verdict, comment, evidence_pages, elements, handover, submitted, source, version, updated_at)
		SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::text[])
		RETURNING id, sample_item_id, kind, reviewer, criterion`, func(r *sql.Rows) error {
		var id int64
		var k key
		if err := r.Scan(&id, &k.item, &k.kind, &k.reviewer, &k.criterion); err != nil {
			return err
		}
		gs := byKey[k]
		if gs == nil || gs.sc.ID != 0 {
			return fmt.Errorf("insert returned a row it was not given: %v", k)
		}
		gs.sc.ID = id
		got++
		return nil
	}, item, kind, reviewer, crit, verdict, comment, pages, elements, handover, submitted, source, version, at)
	if err == nil && got != n {
		err = fmt.Errorf("inserted %d judgements of %d", got, n)
	}
	return groupWriteErr("write score", err)
}

// groupWriteErr: a unique index met by an insert means a row was written without the
// writer's turn since the group read its state; the group is then a conflict.
func groupWriteErr(op string, err error) error {
	if err != nil && isUnique(err) {
		return errGroupRace
	}
	return internal(op, err)
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// updateGroupScores writes the group's changed stored judgements in their final states,
// each only if it still has the version the group read.
func (s *Store) updateGroupScores(ctx context.Context, tx *sqlTx, rows []*groupScore) error {
	if !s.pg {
		for _, gs := range rows {
			r := gs.sc
			res, err := tx.ExecContext(ctx, `UPDATE scores SET reviewer = ?, verdict = ?, comment = ?, evidence_pages = ?, elements = ?, handover = ?, submitted = ?, source = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?`,
				r.Reviewer, string(r.Verdict), r.Comment, r.EvidencePages, r.Elements, string(r.Handover), r.Submitted, r.Source, r.Version, r.UpdatedAt.Format(time.RFC3339Nano), r.ID, gs.version)
			if err != nil {
				return groupWriteErr("write score", err)
			}
			if n, err := res.RowsAffected(); err != nil {
				return internal("write score", err)
			} else if n != 1 {
				return errGroupRace
			}
		}
		return nil
	}
	n := len(rows)
	id, oldVersion, version, submitted := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
	reviewer, verdict, comment, pages, elements, handover, source, at := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	for i, gs := range rows {
		r := gs.sc
		id[i], oldVersion[i], version[i], submitted[i] = r.ID, int64(gs.version), int64(r.Version), b2i(r.Submitted)
		reviewer[i], verdict[i], comment[i], pages[i], elements[i], handover[i], source[i], at[i] =
			r.Reviewer, string(r.Verdict), r.Comment, r.EvidencePages, r.Elements, string(r.Handover), r.Source, r.UpdatedAt.Format(time.RFC3339Nano)
	}
	res, err := tx.ExecContext(ctx, `UPDATE scores AS t SET reviewer = v.reviewer, verdict = v.verdict, comment = v.comment, evidence_pages = v.evidence_pages, elements = v.elements,
		handover = v.handover, submitted = v.submitted, source = v.source, version = v.version, updated_at = v.updated_at
		FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
			AS v(id, old_version, version, reviewer, verdict, comment, evidence_pages, elements, handover, submitted, source, updated_at)
		WHERE t.id = v.id AND t.version = v.old_version`,
		id, oldVersion, version, reviewer, verdict, comment, pages, elements, handover, submitted, source, at)
	if err != nil {
		return groupWriteErr("write score", err)
	}
	if got, err := res.RowsAffected(); err != nil {
		return internal("write score", err)
	} else if got != int64(n) {
		return errGroupRace
	}
	return nil
}

// insertGroupChanges writes the history rows of the group's changes, in the order the saves
// made them, and sets their ids.
func (s *Store) insertGroupChanges(ctx context.Context, tx *sqlTx, changes []*groupChange) error {
	if !s.pg {
		for _, c := range changes {
			id, err := tx.insertID(ctx, `INSERT INTO score_events (score_id, sample_item_id, changed_by, changed_at, old_json, new_json) VALUES (?,?,?,?,?,?)`,
				c.gs.sc.ID, c.itemID, c.by, c.at, c.old, c.new_)
			if err != nil {
				return internal("write audit trail", err)
			}
			c.id = id
		}
		return nil
	}
	n := len(changes)
	score, item := make([]int64, n), make([]int64, n)
	by, at, old, nw := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	for i, c := range changes {
		score[i], item[i], by[i], at[i], old[i], nw[i] = c.gs.sc.ID, c.itemID, c.by, c.at, c.old, c.new_
	}
	// ids in the order of the rows: unnest gives them in order, and only the writer whose
	// turn it is draws from the sequence; checked (increasing, one per row) all the same
	i := 0
	var last int64
	err := eachRow(ctx, tx, `INSERT INTO score_events (score_id, sample_item_id, changed_by, changed_at, old_json, new_json)
		SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) RETURNING id, score_id`, func(r *sql.Rows) error {
		var id, sid int64
		if err := r.Scan(&id, &sid); err != nil {
			return err
		}
		if i >= n || sid != changes[i].gs.sc.ID || id <= last {
			return fmt.Errorf("history rows came back out of order")
		}
		changes[i].id, last = id, id
		i++
		return nil
	}, score, item, by, at, old, nw)
	if err == nil && i != n {
		err = fmt.Errorf("inserted %d history rows of %d", i, n)
	}
	return internal("write audit trail", err)
}

// addItemChanges adds to the items' counts of changes (see migration 0008).
func (s *Store) addItemChanges(ctx context.Context, tx *sqlTx, ids []int64, n map[int64]int64) error {
	if !s.pg {
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE sample_items SET changes = changes + ? WHERE id = ?`, n[id], id); err != nil {
				return internal("write score", err)
			}
		}
		return nil
	}
	counts := make([]int64, len(ids))
	for i, id := range ids {
		counts[i] = n[id]
	}
	_, err := tx.ExecContext(ctx, `UPDATE sample_items AS t SET changes = t.changes + v.n FROM unnest(?::bigint[], ?::bigint[]) AS v(id, n) WHERE t.id = v.id`, ids, counts)
	return internal("write score", err)
}

// appendGroupTrail appends one trail event per save that changed something, as
// trailJudgements would for the save alone, chained from one read of the trail's head.
func (s *Store) appendGroupTrail(ctx context.Context, tx *sqlTx, saves []*groupSave) error {
	var evs []review.TrailEvent
	for _, g := range saves {
		if len(g.changes) == 0 {
			continue
		}
		changes := make([]trailScore, len(g.changes))
		for i, c := range g.changes {
			sc := c.snap
			changes[i] = trailScore{Score: c.gs.sc.ID, Item: c.itemID, Kind: string(sc.Kind), Reviewer: sc.Reviewer, Criterion: string(sc.Criterion),
				Version: sc.Version, Verdict: string(sc.Verdict), Submitted: sc.Submitted, Event: c.id,
				EventHash: scoreEventHash(c.id, c.gs.sc.ID, c.itemID, c.by, c.at, c.old, c.new_)}
		}
		b, err := json.Marshal(map[string]any{"item": g.r.itemID, "changes": changes})
		if err != nil {
			return internal("encode trail event", err)
		}
		evs = append(evs, review.TrailEvent{At: time.Now().UTC(), Actor: cleanActor(g.r.actor), Action: review.ActionJudgement, AuditID: g.auditID,
			Subject: fmt.Sprintf("item:%d", g.r.itemID), Detail: string(b)})
	}
	return appendTrailEvents(ctx, tx, s.pg, evs)
}

// appendTrailEvents appends events to the trail in order inside tx, as appendTrail does one
// by one: one read of the head, the chain computed here, one insert (one per event on
// SQLite). Every writer holds the write lock for its whole transaction.
func appendTrailEvents(ctx context.Context, tx *sqlTx, pg bool, evs []review.TrailEvent) error {
	if len(evs) == 0 {
		return nil
	}
	var seq int64
	prev := review.TrailGenesis
	err := tx.QueryRowContext(ctx, `SELECT seq, hash FROM trail ORDER BY seq DESC LIMIT 1`).Scan(&seq, &prev)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		seq, prev = 0, review.TrailGenesis
	case err != nil:
		return internal("read trail head", err)
	}
	for i := range evs {
		seq++
		evs[i].Seq, evs[i].PrevHash = seq, prev
		evs[i].Hash = evs[i].ComputeHash()
		prev = evs[i].Hash
	}
	if !pg {
		for _, ev := range evs {
			var aud any
			if ev.AuditID > 0 {
				aud = ev.AuditID
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO trail (seq, at, actor, action, audit_id, subject, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)`,
				ev.Seq, ev.At.Format(time.RFC3339Nano), ev.Actor, ev.Action, aud, ev.Subject, ev.Detail, ev.PrevHash, ev.Hash); err != nil {
				return internal("append to trail", err)
			}
		}
		return nil
	}
	n := len(evs)
	seqs, aud := make([]int64, n), make([]*int64, n)
	at, actor, action, subject, detail, prevs, hash := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	for i, ev := range evs {
		seqs[i], at[i], actor[i], action[i], subject[i], detail[i], prevs[i], hash[i] = ev.Seq, ev.At.Format(time.RFC3339Nano), ev.Actor, ev.Action, ev.Subject, ev.Detail, ev.PrevHash, ev.Hash
		if ev.AuditID > 0 {
			a := ev.AuditID
			aud[i] = &a
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO trail (seq, at, actor, action, audit_id, subject, detail, prev_hash, hash)
		SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])`,
		seqs, at, actor, action, aud, subject, detail, prevs, hash)
	return internal("append to trail", err)
}

// writeGroupDrafts writes and removes the group's drafts (one final operation per draft).
func (s *Store) writeGroupDrafts(ctx context.Context, tx *sqlTx, ops []*draftOp) error {
	if !s.pg {
		for _, d := range ops {
			var err error
			if d.remove {
				_, err = tx.ExecContext(ctx, `DELETE FROM review_drafts WHERE sample_item_id = ? AND reviewer = ?`, d.itemID, d.reviewer)
			} else {
				_, err = tx.ExecContext(ctx, `INSERT INTO review_drafts (sample_item_id, reviewer, form_json, updated_at) VALUES (?, ?, ?, ?)
					ON CONFLICT (sample_item_id, reviewer) DO UPDATE SET form_json = excluded.form_json, updated_at = excluded.updated_at`,
					d.itemID, d.reviewer, d.formJSON, d.at)
			}
			if err != nil {
				return internal("save draft", err)
			}
		}
		return nil
	}
	var wItem, rItem []int64
	var wWho, wForm, wAt, rWho []string
	for _, d := range ops {
		if d.remove {
			rItem, rWho = append(rItem, d.itemID), append(rWho, d.reviewer)
		} else {
			wItem, wWho, wForm, wAt = append(wItem, d.itemID), append(wWho, d.reviewer), append(wForm, d.formJSON), append(wAt, d.at)
		}
	}
	if len(rItem) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM review_drafts AS t USING unnest(?::bigint[], ?::text[]) AS v(item, reviewer)
			WHERE t.sample_item_id = v.item AND t.reviewer = v.reviewer`, rItem, rWho); err != nil {
			return internal("delete draft", err)
		}
	}
	if len(wItem) > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO review_drafts (sample_item_id, reviewer, form_json, updated_at)
			SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[])
			ON CONFLICT (sample_item_id, reviewer) DO UPDATE SET form_json = excluded.form_json, updated_at = excluded.updated_at`, wItem, wWho, wForm, wAt); err != nil {
			return internal("save draft", err)
		}
	}
	return nil
}
