package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"tillsyn/review"
)

// A group of saves and drafts (see saveLoop) is written in one transaction with a handful
// of statements, not a dozen per save: on PostgreSQL every statement is a round trip to the
// server, made while every other writer of every instance waits for its turn.
//
// Inside the group's transaction, after the writer's turn is taken, nothing else writes. So
// the group reads, in one statement, the state of all its items (selected in the active
// sample, gallrad, template, double review), all their judgements and the trail's head;
// decides every save in Go in the order the saves arrived (a later save sees what an
// earlier one of the group wrote; a save naming a stale version is a conflict and writes
// nothing, and leaves the state as it was for the saves after it); and then writes what the
// accepted saves changed: each changed judgement once, in its final state, one history row
// per change, the items' counts of changes, one trail event per save (chained in Go, with
// the content and hashes the save alone would have given it) and the drafts. PostgreSQL
// gets all of that in one statement, its rows passed as arrays (unnest), so that its text
// and plan are the same for any group, sent together with COMMIT: a group costs three round
// trips (BEGIN with the writer's turn, the read, the write). SQLite, whose statements cost
// no round trip, gets one statement per row.

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
	sc      review.Score // the current state; ID 0 until a new row is given one
	stored  bool         // the row existed when the group began
	version int          // its version then
}

// groupChange is one change of a judgement by a save: a row of score_events.
type groupChange struct {
	gs               *groupScore
	snap             review.Score // the judgement as this save left it
	itemID           int64
	by, at           string
	oldJSON, newJSON string
	id               int64 // its score_events row, once inserted
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

type draftSlot struct {
	item     int64
	reviewer string
}

// errGroupRace answers the saves of a group whose writes did not meet the rows it read:
// something wrote without taking the writer's turn (a script, psql).
var errGroupRace = &review.Error{Code: review.EConflict, Message: "Någon annan sparade samtidigt. Ladda om sidan; inget sparades."}

// writeGroup decides and writes the group's saves and drafts inside tx (see above). It sets
// each request's answer (out, err) for what it decides; an error returned fails the whole
// group (the caller rolls back and answers every request with it).
func (s *Store) writeGroup(ctx context.Context, tx *groupTx, group []*saveRequest) error {
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
	items, head, err := s.readGroupItems(ctx, tx, ids, scoreIDs)
	if err != nil {
		return err
	}
	var saves []*groupSave
	drafts := map[draftSlot]*draftOp{}
	var draftOrder []draftSlot
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
			k := draftSlot{r.itemID, d.reviewer}
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
		if r.rows[0].Kind == review.KindReview {
			// the judgements hold what the reviewer's draft held: it is done with (a draft
			// that arrives later in the group is kept)
			k := draftSlot{r.itemID, r.rows[0].Reviewer}
			if drafts[k] == nil {
				draftOrder = append(draftOrder, k)
			}
			drafts[k] = &draftOp{itemID: r.itemID, reviewer: k.reviewer, remove: true}
		}
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
	var changes []*groupChange
	itemChanges := map[int64]int64{}
	var changedItems []int64
	for _, g := range saves {
		if len(g.changes) == 0 {
			continue
		}
		changes = append(changes, g.changes...)
		if itemChanges[g.r.itemID] == 0 {
			changedItems = append(changedItems, g.r.itemID)
		}
		itemChanges[g.r.itemID]++ // once per save (see migration 0008)
	}
	ops := make([]*draftOp, len(draftOrder))
	for i, k := range draftOrder {
		ops[i] = drafts[k]
	}
	if s.pg {
		// every id is known before the one statement that writes it all, the trail too
		for _, gs := range inserts {
			head.lastScore++
			gs.sc.ID = head.lastScore
		}
		for _, c := range changes {
			head.lastEv++
			c.id = head.lastEv
		}
		fillOut(saves)
		trail, err := groupTrail(head, saves)
		if err != nil {
			return err
		}
		if err := writeGroupPG(ctx, tx, inserts, updates, changes, changedItems, itemChanges, ops, trail, head); err != nil {
			return err
		}
	} else {
		if err := writeGroupSQLite(ctx, tx, inserts, updates, changes, changedItems, itemChanges, ops); err != nil {
			return err
		}
		fillOut(saves)
		trail, err := groupTrail(head, saves)
		if err != nil {
			return err
		}
		for _, ev := range trail {
			if _, err := tx.ExecContext(ctx, `INSERT INTO trail (seq, at, actor, action, audit_id, subject, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)`,
				ev.Seq, ev.At.Format(time.RFC3339Nano), ev.Actor, ev.Action, ev.AuditID, ev.Subject, ev.Detail, ev.PrevHash, ev.Hash); err != nil {
				return internal("append to trail", err)
			}
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

// trailHead is the last event of the trail, as a group read it, and (on PostgreSQL) the
// highest ids of judgements and history rows drawn so far: the group gives its new rows
// the ids that follow, itself (it is the only writer), and moves the sequences past them.
type trailHead struct {
	seq               int64
	hash              string
	lastScore, lastEv int64
}

// readGroupItems reads, in one statement, the items ids, the judgements of the items
// scoreIDs (one row per judgement, or one for an item without any) and the trail's head.
func (s *Store) readGroupItems(ctx context.Context, tx dbtx, ids, scoreIDs []int64) (map[int64]*groupItem, trailHead, error) {
	items := map[int64]*groupItem{}
	head := trailHead{seq: 0, hash: review.TrailGenesis}
	if len(ids) == 0 {
		return items, head, nil
	}
	in, args := s.inList(ids)
	scoresIn, scoreArgs := ` = 0`, []any(nil)
	lastIDs := `0, 0`
	if s.pg {
		// subqueries, so that they are evaluated once, not for every row
		lastIDs = `(SELECT GREATEST(COALESCE(pg_sequence_last_value(pg_get_serial_sequence('scores', 'id')::regclass), 0), COALESCE((SELECT max(id) FROM scores), 0))),
		(SELECT GREATEST(COALESCE(pg_sequence_last_value(pg_get_serial_sequence('score_events', 'id')::regclass), 0), COALESCE((SELECT max(id) FROM score_events), 0)))`
	}
	if len(scoreIDs) > 0 {
		scoresIn, scoreArgs = s.inList(scoreIDs)
	}
	err := eachRow(ctx, tx, `SELECT i.id, s.audit_id, s.active, i.status, CASE WHEN a.purged_at IS NOT NULL THEN 1 ELSE 0 END, a.template_sha256,
		CASE WHEN EXISTS (SELECT 1 FROM double_reviews d WHERE d.sample_item_id = i.id) THEN 1 ELSE 0 END,
		COALESCE((SELECT seq FROM trail ORDER BY seq DESC LIMIT 1), 0), COALESCE((SELECT hash FROM trail ORDER BY seq DESC LIMIT 1), ''), `+lastIDs+`,
		COALESCE(sc.id, 0), COALESCE(sc.kind, ''), COALESCE(sc.reviewer, ''), COALESCE(sc.criterion, ''), COALESCE(sc.verdict, ''), COALESCE(sc.comment, ''),
		COALESCE(sc.evidence_pages, ''), COALESCE(sc.elements, ''), COALESCE(sc.handover, ''), COALESCE(sc.submitted, 0), COALESCE(sc.source, ''),
		COALESCE(sc.version, 0), COALESCE(sc.updated_at, '')
		FROM sample_items i JOIN samples s ON s.id = i.sample_id JOIN audits a ON a.id = s.audit_id
		LEFT JOIN scores sc ON sc.sample_item_id = i.id AND sc.sample_item_id`+scoresIn+`
		WHERE i.id`+in, func(r *sql.Rows) error {
		var id, auditID, seq, lastScore, lastEv int64
		var active, purged, double int
		var status, sha, hash string
		var sc review.Score
		var crit, verdict, handover, at string
		if err := r.Scan(&id, &auditID, &active, &status, &purged, &sha, &double, &seq, &hash, &lastScore, &lastEv,
			&sc.ID, &sc.Kind, &sc.Reviewer, &crit, &verdict, &sc.Comment, &sc.EvidencePages, &sc.Elements, &handover, &sc.Submitted, &sc.Source, &sc.Version, &at); err != nil {
			return err
		}
		head.lastScore, head.lastEv = lastScore, lastEv
		if hash != "" {
			head.seq, head.hash = seq, hash
		}
		it := items[id]
		if it == nil {
			it = &groupItem{found: true, auditID: auditID, active: active == 1, status: status, purged: purged == 1, sha: sha, double: double == 1}
			items[id] = it
		}
		if sc.ID == 0 {
			return nil
		}
		sc.SampleItemID = id
		sc.Criterion, sc.Verdict, sc.Handover = review.Criterion(crit), review.Verdict(verdict), review.Handover(handover)
		if err := parseStamp(&sc.UpdatedAt, time.RFC3339Nano, at, "judgement updated_at"); err != nil {
			return err
		}
		it.scores = append(it.scores, &groupScore{sc: sc, stored: true, version: sc.Version})
		return nil
	}, append(scoreArgs, args...)...)
	if err != nil {
		return nil, head, internal("read sample items", err)
	}
	return items, head, nil
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
		g.changes = append(g.changes, &groupChange{gs: gs, snap: row, itemID: r.itemID, by: r.actor, at: atS, oldJSON: old, newJSON: scoreState(row)})
	}
	for gs, sc := range next {
		gs.sc = sc
	}
	it.scores = append(it.scores, fresh...)
	return g, nil
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

// writeGroupSQLite writes the group's judgements (each changed one once, in its final
// state; an update only if the row still has the version the group read), their history
// rows in the order the saves made them, the items' counts of changes and the drafts: one
// statement per row, which costs no round trip on SQLite.
func writeGroupSQLite(ctx context.Context, tx dbtx, inserts, updates []*groupScore, changes []*groupChange, items []int64, itemChanges map[int64]int64, drafts []*draftOp) error {
	for _, gs := range inserts {
		r := gs.sc
		id, err := insertID(ctx, tx, false, `INSERT INTO scores (sample_item_id, kind, reviewer, criterion, verdict, comment, evidence_pages, elements, handover, submitted, source, version, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			r.SampleItemID, r.Kind, r.Reviewer, string(r.Criterion), string(r.Verdict), r.Comment, r.EvidencePages, r.Elements, string(r.Handover), r.Submitted, r.Source, r.Version, r.UpdatedAt.Format(time.RFC3339Nano))
		if err != nil {
			return groupWriteErr("write score", err)
		}
		gs.sc.ID = id
	}
	for _, gs := range updates {
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
	for _, c := range changes {
		id, err := insertID(ctx, tx, false, `INSERT INTO score_events (score_id, sample_item_id, changed_by, changed_at, old_json, new_json) VALUES (?,?,?,?,?,?)`,
			c.gs.sc.ID, c.itemID, c.by, c.at, c.oldJSON, c.newJSON)
		if err != nil {
			return internal("write audit trail", err)
		}
		c.id = id
	}
	for _, id := range items {
		if _, err := tx.ExecContext(ctx, `UPDATE sample_items SET changes = changes + ? WHERE id = ?`, itemChanges[id], id); err != nil {
			return internal("write score", err)
		}
	}
	for _, d := range drafts {
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

// groupWritePG is what writeGroupPG writes: every table's rows as arrays, one per column,
// with the ids the group gave them. Every judgement it updates must still have had the
// version the group read, or the statement fails (and with it the COMMIT sent after it),
// with an error that groupRaceMark names (a cast of a value that is not constant, so that
// it is raised only when reached).
const groupWritePG = `WITH ins AS (
	INSERT INTO scores (id, sample_item_id, kind, reviewer, criterion, verdict, comment, evidence_pages, elements, handover, submitted, source, version, updated_at)
	SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::text[])
	RETURNING 1
), upd AS (
	UPDATE scores AS t SET reviewer = v.reviewer, verdict = v.verdict, comment = v.comment, evidence_pages = v.evidence_pages, elements = v.elements,
		handover = v.handover, submitted = v.submitted, source = v.source, version = v.version, updated_at = v.updated_at
	FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
		AS v(id, old_version, version, reviewer, verdict, comment, evidence_pages, elements, handover, submitted, source, updated_at)
	WHERE t.id = v.id AND t.version = v.old_version
	RETURNING 1
), ev AS (
	INSERT INTO score_events (id, score_id, sample_item_id, changed_by, changed_at, old_json, new_json)
	SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
	RETURNING 1
), items AS (
	UPDATE sample_items AS t SET changes = t.changes + v.n FROM unnest(?::bigint[], ?::bigint[]) AS v(id, n) WHERE t.id = v.id
	RETURNING 1
), removed AS (
	DELETE FROM review_drafts AS t USING unnest(?::bigint[], ?::text[]) AS v(item, reviewer) WHERE t.sample_item_id = v.item AND t.reviewer = v.reviewer
	RETURNING 1
), drafts AS (
	INSERT INTO review_drafts (sample_item_id, reviewer, form_json, updated_at) SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[])
	ON CONFLICT (sample_item_id, reviewer) DO UPDATE SET form_json = excluded.form_json, updated_at = excluded.updated_at
	RETURNING 1
), trail AS (
	INSERT INTO trail (seq, at, actor, action, audit_id, subject, detail, prev_hash, hash)
	SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
	RETURNING 1
)
SELECT (SELECT count(*) FROM ins),
	(SELECT CASE WHEN count(*) = ?::bigint THEN count(*) ELSE CAST('` + groupRaceMark + ` ' || count(*) AS bigint) END FROM upd),
	(SELECT count(*) FROM ev),
	CASE WHEN ?::bigint > 0 THEN setval(pg_get_serial_sequence('scores', 'id'), ?::bigint) ELSE 0 END,
	CASE WHEN ?::bigint > 0 THEN setval(pg_get_serial_sequence('score_events', 'id'), ?::bigint) ELSE 0 END`

// writeGroupPG writes what writeGroupSQLite does, and the trail, in one statement (one round
// trip), with the ids writeGroup gave the new rows (head: the last of them); the sequences
// are moved past them.
func writeGroupPG(ctx context.Context, tx *groupTx, inserts, updates []*groupScore, changes []*groupChange, items []int64, itemChanges map[int64]int64, drafts []*draftOp,
	trail []review.TrailEvent, head trailHead) error {
	ni, nu, nc := len(inserts), len(updates), len(changes)
	iID, iItem, iVersion, iSubmitted := make([]int64, ni), make([]int64, ni), make([]int64, ni), make([]int64, ni)
	iKind, iReviewer, iCrit, iVerdict, iComment, iPages, iElements, iHandover, iSource, iAt := make([]string, ni), make([]string, ni), make([]string, ni), make([]string, ni), make([]string, ni), make([]string, ni), make([]string, ni), make([]string, ni), make([]string, ni), make([]string, ni)
	for i, gs := range inserts {
		r := gs.sc
		iID[i], iItem[i], iVersion[i], iSubmitted[i] = r.ID, r.SampleItemID, int64(r.Version), b2i(r.Submitted)
		iKind[i], iReviewer[i], iCrit[i], iVerdict[i], iComment[i], iPages[i], iElements[i], iHandover[i], iSource[i], iAt[i] =
			r.Kind, r.Reviewer, string(r.Criterion), string(r.Verdict), r.Comment, r.EvidencePages, r.Elements, string(r.Handover), r.Source, r.UpdatedAt.Format(time.RFC3339Nano)
	}
	uID, uOld, uVersion, uSubmitted := make([]int64, nu), make([]int64, nu), make([]int64, nu), make([]int64, nu)
	uReviewer, uVerdict, uComment, uPages, uElements, uHandover, uSource, uAt := make([]string, nu), make([]string, nu), make([]string, nu), make([]string, nu), make([]string, nu), make([]string, nu), make([]string, nu), make([]string, nu)
	for i, gs := range updates {
		r := gs.sc
		uID[i], uOld[i], uVersion[i], uSubmitted[i] = r.ID, int64(gs.version), int64(r.Version), b2i(r.Submitted)
		uReviewer[i], uVerdict[i], uComment[i], uPages[i], uElements[i], uHandover[i], uSource[i], uAt[i] =
			r.Reviewer, string(r.Verdict), r.Comment, r.EvidencePages, r.Elements, string(r.Handover), r.Source, r.UpdatedAt.Format(time.RFC3339Nano)
	}
	eID, eScore, eItem := make([]int64, nc), make([]int64, nc), make([]int64, nc)
	eBy, eAt, eOld, eNew := make([]string, nc), make([]string, nc), make([]string, nc), make([]string, nc)
	for i, c := range changes {
		eID[i], eScore[i], eItem[i], eBy[i], eAt[i], eOld[i], eNew[i] = c.id, c.gs.sc.ID, c.itemID, c.by, c.at, c.oldJSON, c.newJSON
	}
	counts := make([]int64, len(items))
	for i, id := range items {
		counts[i] = itemChanges[id]
	}
	rItem, wItem := []int64{}, []int64{}
	rWho, wWho, wForm, wAt := []string{}, []string{}, []string{}, []string{}
	for _, d := range drafts {
		if d.remove {
			rItem, rWho = append(rItem, d.itemID), append(rWho, d.reviewer)
		} else {
			wItem, wWho, wForm, wAt = append(wItem, d.itemID), append(wWho, d.reviewer), append(wForm, d.formJSON), append(wAt, d.at)
		}
	}
	nt := len(trail)
	tSeq, tAudit := make([]int64, nt), make([]int64, nt)
	tAt, tActor, tAction, tSubject, tDetail, tPrev, tHash := make([]string, nt), make([]string, nt), make([]string, nt), make([]string, nt), make([]string, nt), make([]string, nt), make([]string, nt)
	for i, ev := range trail {
		tSeq[i], tAudit[i], tAt[i], tActor[i], tAction[i], tSubject[i], tDetail[i], tPrev[i], tHash[i] = ev.Seq, ev.AuditID, ev.At.Format(time.RFC3339Nano), ev.Actor, ev.Action, ev.Subject, ev.Detail, ev.PrevHash, ev.Hash
	}
	lastScore, lastEv := int64(0), int64(0)
	if ni > 0 {
		lastScore = head.lastScore
	}
	if nc > 0 {
		lastEv = head.lastEv
	}
	args := []any{iID, iItem, iKind, iReviewer, iCrit, iVerdict, iComment, iPages, iElements, iHandover, iSubmitted, iSource, iVersion, iAt,
		uID, uOld, uVersion, uReviewer, uVerdict, uComment, uPages, uElements, uHandover, uSubmitted, uSource, uAt,
		eID, eScore, eItem, eBy, eAt, eOld, eNew,
		items, counts, rItem, rWho, wItem, wWho, wForm, wAt,
		tSeq, tAt, tActor, tAction, tAudit, tSubject, tDetail, tPrev, tHash,
		int64(nu), lastScore, lastScore, lastEv, lastEv}
	// the write and COMMIT in one round trip (a pipeline: when the write fails, the server
	// skips the COMMIT and the transaction is rolled back)
	var gotI, gotU, gotE, seq1, seq2 int64
	var commitErr error
	err := tx.conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("the PostgreSQL connection is a %T", dc)
		}
		b := &pgx.Batch{}
		b.Queue(rebind(groupWritePG), args...)
		b.Queue("COMMIT")
		br := c.Conn().SendBatch(ctx, b)
		err := br.QueryRow().Scan(&gotI, &gotU, &gotE, &seq1, &seq2)
		if err == nil {
			_, commitErr = br.Exec()
		}
		if cerr := br.Close(); err == nil && commitErr == nil {
			commitErr = cerr
		}
		return err
	})
	if err != nil {
		var pe *pgconn.PgError
		if errors.As(err, &pe) && strings.Contains(pe.Message, groupRaceMark) {
			return errGroupRace
		}
		return groupWriteErr("write scores", err)
	}
	if commitErr != nil {
		// the outcome of a failed COMMIT is unknown, the connection's state too
		tx.conn.Raw(func(any) error { return driver.ErrBadConn })
		tx.ended = true
		return internal("commit scores", commitErr)
	}
	tx.committed = true
	if gotU != int64(nu) || gotI != int64(ni) || gotE != int64(nc) {
		// cannot be (the statement checks the updates, and inserts either write or fail), but
		// it is committed: a failure here must at least be told
		return internal("write scores", fmt.Errorf("wrote %d of %d new judgements, %d of %d changed ones and %d of %d history rows", gotI, ni, gotU, nu, gotE, nc))
	}
	return nil
}

// groupRaceMark names the error of a group write that met judgements changed since the
// group read them (see groupWritePG).
const groupRaceMark = "tillsyn group race: a judgement changed without the writer turn"

// fillOut gives the saves' answers the ids of their judgements.
func fillOut(saves []*groupSave) {
	for _, g := range saves {
		for i, gs := range g.outOf {
			g.out[i].ID = gs.sc.ID
		}
	}
}

// groupTrail is the trail events of the group: one per save that changed something, as
// trailJudgements would append for the save alone, chained from head.
func groupTrail(head trailHead, saves []*groupSave) ([]review.TrailEvent, error) {
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
				EventHash: scoreEventHash(c.id, c.gs.sc.ID, c.itemID, c.by, c.at, c.oldJSON, c.newJSON)}
		}
		b, err := json.Marshal(map[string]any{"item": g.r.itemID, "changes": changes})
		if err != nil {
			return nil, internal("encode trail event", err)
		}
		evs = append(evs, review.TrailEvent{At: time.Now().UTC(), Actor: cleanActor(g.r.actor), Action: review.ActionJudgement, AuditID: g.auditID,
			Subject: fmt.Sprintf("item:%d", g.r.itemID), Detail: string(b)})
	}
	seq, prev := head.seq, head.hash
	for i := range evs {
		seq++
		evs[i].Seq, evs[i].PrevHash = seq, prev
		evs[i].Hash = evs[i].ComputeHash()
		prev = evs[i].Hash
	}
	return evs, nil
}
