package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"tillsyn/review"
)

// sampleItemCols are an item with its audit and whether its sample is active, read by
// scanSampleItem; FROM sampleItemFrom.
const sampleItemCols = `a.id, a.name, a.kind, a.description, a.created_at, a.purged_at, a.purge_reason, a.template_json, a.template_sha256, s.active,
		i.id, i.case_id, i.committee, i.diarienummer, i.intervention, i.stratum, i.sort_key, i.stratum_rank, i.reserve_order, i.status,
		COALESCE(i.replaced_by, 0), COALESCE(i.reason, ''), COALESCE(i.changed_by, ''), COALESCE(i.changed_at, ''), i.version`

const sampleItemFrom = ` FROM sample_items i JOIN samples s ON s.id = i.sample_id JOIN audits a ON a.id = s.audit_id WHERE i.id = ?`

func scanSampleItem(row *sql.Row, extra ...any) (review.Audit, review.SampleItem, bool, error) {
	var a auditRow
	var it review.SampleItem
	var active int
	var at string
	err := row.Scan(append([]any{&a.ID, &a.Name, &a.Kind, &a.Description, &a.CreatedAt, &a.PurgedAt, &a.PurgeReason, &a.TemplateJSON, &a.TemplateSHA256, &active,
		&it.ID, &it.CaseID, &it.Committee, &it.Diarienummer, &it.Intervention, &it.Stratum, &it.Key, &it.StratumRank, &it.ReserveOrder, &it.Status,
		&it.ReplacedBy, &it.Reason, &it.ChangedBy, &at, &it.Version}, extra...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return review.Audit{}, it, false, &review.Error{Code: review.ENotFound, Message: "no such case in any sample"}
	}
	if err != nil {
		return review.Audit{}, it, false, internal("read sample item", err)
	}
	if at != "" {
		if it.ChangedAt, err = time.Parse(time.RFC3339Nano, at); err != nil {
			return review.Audit{}, it, false, internal("read sample item", err)
		}
	}
	au, err := a.toAudit()
	if err != nil {
		return au, it, false, internal("read sample item", err)
	}
	return au, it, active == 1, nil
}

// SampleItem returns an item, its audit and whether its sample is the active one.
func (s *Store) SampleItem(ctx context.Context, itemID int64) (review.Audit, review.SampleItem, bool, error) {
	return scanSampleItem(s.rsql.QueryRowContext(ctx, `SELECT `+sampleItemCols+sampleItemFrom, itemID))
}

// itemStamp is the stamp of review.ItemView: the item's version counts changes of the item
// row, its changes and files_version columns (kept by the triggers of migration 0008) those
// of its judgements and double review, and of its documents and screening.
const itemStamp = `a.name || ':' || a.kind || ':' || s.id || ':' || s.active || ':' || i.status || ':' || i.version || ':' || i.changes || ':' || i.files_version`

// ItemView: see review.ScoreStore; one read.
func (s *Store) ItemView(ctx context.Context, itemID int64) (review.ItemView, error) {
	var v review.ItemView
	var err error
	v.Audit, v.Item, v.Active, err = scanSampleItem(s.rsql.QueryRowContext(ctx, `SELECT `+sampleItemCols+`, `+caseFilesVersion+`, `+itemStamp+sampleItemFrom, itemID),
		&v.CaseFilesVersion, &v.Stamp)
	return v, err
}

// VersionAndItemView: see review.ScoreStore. On PostgreSQL the version row and the item are
// read in one statement, and with a viewer what PageJudgements reads too (the judgements as
// one JSON array): a review page rendered afresh costs one round trip.
func (s *Store) VersionAndItemView(ctx context.Context, itemID int64, viewer string) (string, review.ItemView, bool, error) {
	var v review.ItemView
	if !s.pg {
		return "", v, false, nil
	}
	var n sql.NullInt64
	var err error
	if viewer == "" {
		v.Audit, v.Item, v.Active, err = scanSampleItem(s.rsql.QueryRowContext(ctx, `SELECT `+sampleItemCols+`, `+caseFilesVersion+`, `+itemStamp+
			`, (SELECT n FROM tillsyn_version WHERE id = 1)`+sampleItemFrom, itemID), &v.CaseFilesVersion, &v.Stamp, &n)
	} else {
		var double int
		var draft, draftAt sql.NullString
		var scores string
		v.Audit, v.Item, v.Active, err = scanSampleItem(s.rsql.QueryRowContext(ctx, `SELECT `+sampleItemCols+`, `+caseFilesVersion+`, `+itemStamp+
			`, (SELECT n FROM tillsyn_version WHERE id = 1), `+pageJudgementCols+sampleItemFrom, itemID, viewer),
			&v.CaseFilesVersion, &v.Stamp, &n, &double, &draft, &draftAt, &scores)
		if err == nil {
			var pj review.PageJudgements
			pj, err = pageJudgementsOf(itemID, double, draft, draftAt, scores)
			v.Judgements = &pj
		}
	}
	if err != nil {
		return "", v, true, err
	}
	if !n.Valid {
		return "", v, true, internal("watch the database", errors.New("tillsyn_version has no row"))
	}
	return "pg:" + strconv.FormatInt(n.Int64, 10), v, true, nil
}

// pageJudgementCols are PageJudgements' columns of the item i for the viewer ?2, on
// PostgreSQL, with the judgements as one JSON array in PageJudgements' order.
const pageJudgementCols = `CASE WHEN EXISTS (SELECT 1 FROM double_reviews WHERE sample_item_id = i.id) THEN 1 ELSE 0 END,
	(SELECT d.form_json FROM review_drafts d WHERE d.sample_item_id = i.id AND d.reviewer = ?2),
	(SELECT d.updated_at FROM review_drafts d WHERE d.sample_item_id = i.id AND d.reviewer = ?2),
	COALESCE((SELECT json_agg(json_build_object('id', sc.id, 'k', sc.kind, 'r', sc.reviewer, 'c', sc.criterion, 'v', sc.verdict, 'cm', sc.comment,
		'p', sc.evidence_pages, 'e', sc.elements, 'h', sc.handover, 's', sc.submitted, 'src', sc.source, 'n', sc.version, 'at', sc.updated_at)
		ORDER BY sc.kind DESC, sc.reviewer, sc.criterion) FROM scores sc WHERE sc.sample_item_id = i.id), '[]')::text`

// pageScore is a judgement as pageJudgementCols write it.
type pageScore struct {
	ID        int64  `json:"id"`
	Kind      string `json:"k"`
	Reviewer  string `json:"r"`
	Criterion string `json:"c"`
	Verdict   string `json:"v"`
	Comment   string `json:"cm"`
	Pages     string `json:"p"`
	Elements  string `json:"e"`
	Handover  string `json:"h"`
	Submitted int64  `json:"s"`
	Source    string `json:"src"`
	Version   int    `json:"n"`
	At        string `json:"at"`
}

// pageJudgementsOf decodes pageJudgementCols.
func pageJudgementsOf(itemID int64, double int, draft, draftAt sql.NullString, scores string) (review.PageJudgements, error) {
	var out review.PageJudgements
	if draft.Valid {
		out.HasDraft, out.DraftJSON = true, draft.String
		if err := parseStamp(&out.DraftAt, time.RFC3339Nano, draftAt.String, "draft updated_at"); err != nil {
			return out, internal("read draft", err)
		}
	}
	var rows []pageScore
	if err := json.Unmarshal([]byte(scores), &rows); err != nil {
		return out, internal("read judgements", err)
	}
	for _, r := range rows {
		sc := review.Score{ID: r.ID, SampleItemID: itemID, Kind: r.Kind, Reviewer: r.Reviewer, Criterion: review.Criterion(r.Criterion),
			Verdict: review.Verdict(r.Verdict), Comment: r.Comment, EvidencePages: r.Pages, Elements: r.Elements, Handover: review.Handover(r.Handover),
			Submitted: r.Submitted != 0, Source: r.Source, Version: r.Version}
		if err := parseStamp(&sc.UpdatedAt, time.RFC3339Nano, r.At, "judgement updated_at"); err != nil {
			return out, internal("read judgements", err)
		}
		out.Scores = append(out.Scores, sc)
	}
	out.Double = double == 1 && len(out.Scores) > 0
	return out, nil
}

const scoreCols = `id, sample_item_id, kind, reviewer, criterion, verdict, comment, evidence_pages, elements, handover, submitted, source, version, updated_at`

func scanScore(sc interface{ Scan(...any) error }, extra ...any) (review.Score, error) {
	var r review.Score
	var crit, verdict, handover, at string
	err := sc.Scan(append([]any{&r.ID, &r.SampleItemID, &r.Kind, &r.Reviewer, &crit, &verdict, &r.Comment, &r.EvidencePages, &r.Elements, &handover, &r.Submitted, &r.Source, &r.Version, &at}, extra...)...)
	if err != nil {
		return r, err
	}
	r.Criterion, r.Verdict, r.Handover = review.Criterion(crit), review.Verdict(verdict), review.Handover(handover)
	return r, parseStamp(&r.UpdatedAt, time.RFC3339Nano, at, "judgement updated_at")
}

func queryScores(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, where string, args ...any) ([]review.Score, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+scoreCols+` FROM scores WHERE `+where+` ORDER BY sample_item_id, kind DESC, reviewer, criterion`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []review.Score
	for rows.Next() {
		sc, err := scanScore(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, sc)
	}
	return out, rows.Err()
}

// ScoresAndDouble lists the judgements of an item and whether it is double-reviewed, read
// in one statement (so from one snapshot). The flag comes with the rows: with none it is
// false, which is all a caller needs (there is nothing to hide).
func (s *Store) ScoresAndDouble(ctx context.Context, itemID int64) ([]review.Score, bool, error) {
	rows, err := s.rsql.QueryContext(ctx, `SELECT `+scoreCols+`, CASE WHEN EXISTS (SELECT 1 FROM double_reviews WHERE sample_item_id = ?1) THEN 1 ELSE 0 END
		FROM scores WHERE sample_item_id = ?1 ORDER BY sample_item_id, kind DESC, reviewer, criterion`, itemID)
	if err != nil {
		return nil, false, internal("read scores", err)
	}
	defer rows.Close()
	var out []review.Score
	double := false
	for rows.Next() {
		var d int
		sc, err := scanScore(rows, &d)
		if err != nil {
			return nil, false, internal("read scores", err)
		}
		double = d == 1
		out = append(out, sc)
	}
	return out, double, internal("read scores", rows.Err())
}

// PageJudgements: see review.ScoreStore. One statement: a one-row driver joined to the
// reviewer's draft (at most one row) and to the item's judgements, so a case without
// judgements still gives its draft and double flag, and with judgements each row carries
// them. One round trip instead of three (judgements, again for the case's state, draft).
func (s *Store) PageJudgements(ctx context.Context, itemID int64, reviewer string) (review.PageJudgements, error) {
	var out review.PageJudgements
	one := `SELECT 1 AS one`
	if s.pg {
		one = `SELECT CAST(1 AS BIGINT) AS one`
	}
	rows, err := s.rsql.QueryContext(ctx, `SELECT CASE WHEN EXISTS (SELECT 1 FROM double_reviews WHERE sample_item_id = ?1) THEN 1 ELSE 0 END,
		d.form_json, d.updated_at, sc.id, sc.sample_item_id, sc.kind, sc.reviewer, sc.criterion, sc.verdict, sc.comment, sc.evidence_pages,
		sc.elements, sc.handover, sc.submitted, sc.source, sc.version, sc.updated_at
		FROM (`+one+`) x
		LEFT JOIN review_drafts d ON d.sample_item_id = ?1 AND d.reviewer = ?2
		LEFT JOIN scores sc ON sc.sample_item_id = ?1
		ORDER BY sc.kind DESC, sc.reviewer, sc.criterion`, itemID, reviewer)
	if err != nil {
		return out, internal("read judgements", err)
	}
	defer rows.Close()
	double := false
	for rows.Next() {
		var d int
		var draft, draftAt sql.NullString
		var id, item, version sql.NullInt64
		var kind, rev, crit, verdict, comment, pages, elements, handover, source, at sql.NullString
		var submitted sql.NullBool
		if err := rows.Scan(&d, &draft, &draftAt, &id, &item, &kind, &rev, &crit, &verdict, &comment, &pages, &elements, &handover,
			&submitted, &source, &version, &at); err != nil {
			return out, internal("read judgements", err)
		}
		double = d == 1
		if draft.Valid && !out.HasDraft {
			out.HasDraft, out.DraftJSON = true, draft.String
			if err := parseStamp(&out.DraftAt, time.RFC3339Nano, draftAt.String, "draft updated_at"); err != nil {
				return out, internal("read draft", err)
			}
		}
		if !id.Valid { // no judgements: the driver row alone
			continue
		}
		sc := review.Score{ID: id.Int64, SampleItemID: item.Int64, Kind: kind.String, Reviewer: rev.String, Criterion: review.Criterion(crit.String),
			Verdict: review.Verdict(verdict.String), Comment: comment.String, EvidencePages: pages.String, Elements: elements.String,
			Handover: review.Handover(handover.String), Submitted: submitted.Bool, Source: source.String, Version: int(version.Int64)}
		if err := parseStamp(&sc.UpdatedAt, time.RFC3339Nano, at.String, "judgement updated_at"); err != nil {
			return out, internal("read judgements", err)
		}
		out.Scores = append(out.Scores, sc)
	}
	if err := rows.Err(); err != nil {
		return out, internal("read judgements", err)
	}
	out.Double = double && len(out.Scores) > 0
	return out, nil
}

// Scores lists the judgements of an item.
func (s *Store) Scores(ctx context.Context, itemID int64) ([]review.Score, error) {
	out, err := queryScores(ctx, s.rsql, `sample_item_id = ?`, itemID)
	return out, internal("read scores", err)
}

type scoreJSON struct {
	Verdict       string `json:"verdict"`
	Comment       string `json:"comment"`
	EvidencePages string `json:"evidence_pages"`
	Elements      string `json:"elements"`
	Handover      string `json:"handover,omitempty"`
	Submitted     bool   `json:"submitted"`
}

func scoreState(sc review.Score) string {
	b, _ := json.Marshal(scoreJSON{string(sc.Verdict), sc.Comment, sc.EvidencePages, sc.Elements, string(sc.Handover), sc.Submitted})
	return string(b)
}

// SaveScores writes judgements with optimistic locking and an audit trail (see
// review.ScoreStore). Saves that arrive together are committed together (group commit, see
// saveLoop and writeGroup): the group reads the state of its items inside its transaction,
// after the writer's turn, decides each save in the order they arrived (a conflict refuses
// that save alone and writes nothing of it), writes what the others changed with a few
// statements, and answers each caller only after the commit is durable.
func (s *Store) SaveScores(ctx context.Context, itemID int64, actor string, rows []review.Score, at time.Time, tmpl review.TemplateStamp) ([]review.Score, error) {
	req := &saveRequest{ctx: ctx, itemID: itemID, actor: actor, rows: rows, at: at, tmpl: tmpl, done: make(chan struct{})}
	err := s.enqueue(ctx, req, "save")
	return req.out, err
}

// enqueue hands a request to the save loop and waits for its answer.
func (s *Store) enqueue(ctx context.Context, req *saveRequest, op string) error {
	select {
	case s.saves <- req:
	case <-ctx.Done():
		return ctx.Err()
	case <-s.closed:
		return internal(op, errors.New("store closed"))
	}
	<-req.done
	return req.err
}

type saveRequest struct {
	ctx    context.Context
	itemID int64
	actor  string
	rows   []review.Score
	at     time.Time
	tmpl   review.TemplateStamp // the audit's template the rows were checked against
	out    []review.Score
	err    error
	done   chan struct{}
	// draft, when set, makes the request a draft of the review form to keep or remove (see
	// SaveDraft, DeleteDraft) instead of judgements: drafts share the saves' commits.
	draft *draftWrite
}

// maxGroup bounds how many saves share one commit.
const maxGroup = 64

// saveLoop is the one goroutine that writes judgements and drafts: it takes the requests
// waiting, writes them in one transaction (see writeGroup), commits once and answers them all.
func (s *Store) saveLoop() {
	defer close(s.saveLoopDone)
	for {
		var first *saveRequest
		select {
		case first = <-s.saves:
		case <-s.closed:
			return
		}
		group := []*saveRequest{first}
	more:
		for len(group) < maxGroup {
			select {
			case r := <-s.saves:
				group = append(group, r)
			default:
				break more
			}
		}
		s.commitGroup(group)
	}
}

func (s *Store) commitGroup(group []*saveRequest) {
	answered := false
	finish := func(err error) {
		answered = true
		for _, r := range group {
			if err != nil && r.err == nil {
				r.out, r.err = nil, err
			}
			close(r.done)
		}
	}
	defer func() {
		// a bug must not leave callers waiting forever, nor stop the save loop
		if p := recover(); p != nil && !answered {
			for _, r := range group {
				r.out, r.err = nil, internal("save", fmt.Errorf("panic: %v", p))
			}
			finish(nil)
		}
	}()
	if f := s.beforeWrite.Load(); f != nil {
		(*f)()
	}
	bg := context.Background()
	tx, err := s.beginGroup(bg)
	if err != nil {
		finish(internal("begin", err))
		return
	}
	defer tx.rollback()
	if err := s.writeGroup(bg, tx, group); err != nil {
		for _, r := range group {
			r.out = nil
		}
		finish(err)
		return
	}
	if err := tx.commit(bg); err != nil {
		for _, r := range group {
			r.out, r.err = nil, internal("commit scores", err)
		}
	}
	finish(nil)
}

// groupTx is a group's write transaction: on SQLite one of the write pool; on PostgreSQL a
// connection of the write pool in a transaction of its own making, so that BEGIN and the
// writer's turn go together (one round trip, see dialect.go) and so may the last write and
// COMMIT (see writeGroupPG).
type groupTx struct {
	dbtx
	tx        *sqlTx   // SQLite
	conn      *sqlConn // PostgreSQL
	committed bool     // writeGroupPG committed with its write
	ended     bool
}

// beginGroup begins a group's write transaction.
func (s *Store) beginGroup(ctx context.Context) (*groupTx, error) {
	if !s.pg {
		t, err := s.wsql.BeginTx(ctx, nil)
		if err != nil {
			return nil, err
		}
		return &groupTx{dbtx: t, tx: t}, nil
	}
	conn, err := s.wsql.Conn(ctx)
	if err != nil {
		return nil, err
	}
	g := &groupTx{dbtx: conn, conn: conn}
	if _, err := conn.ExecContext(ctx, "BEGIN; "+takeWritersTurn); err != nil {
		g.rollback() // a failed BEGIN leaves no transaction, or an aborted one
		return nil, err
	}
	return g, nil
}

// commit commits, unless the last write did.
func (g *groupTx) commit(ctx context.Context) error {
	if g.tx != nil {
		g.ended = true
		return g.tx.Commit()
	}
	if g.committed {
		g.ended = true
		return nil
	}
	g.ended = true
	if _, err := g.conn.ExecContext(ctx, "COMMIT"); err != nil {
		// the outcome of a failed COMMIT is unknown, the connection's state too
		g.conn.Raw(func(any) error { return driver.ErrBadConn })
		return err
	}
	return nil
}

// rollback rolls back unless committed, and gives the connection back to the pool.
func (g *groupTx) rollback() {
	if g.tx != nil {
		g.tx.Rollback()
		return
	}
	if !g.ended && !g.committed {
		// a failed ROLLBACK leaves a broken connection: drop it from the pool
		if _, err := g.conn.ExecContext(context.Background(), "ROLLBACK"); err != nil {
			g.conn.Raw(func(any) error { return driver.ErrBadConn })
		}
	}
	g.ended = true
	g.conn.Close()
}

// errTemplateChanged refuses a save checked against a template the audit no longer has.
var errTemplateChanged = &review.Error{Code: review.EConflict, Field: "template", Message: "Granskningens kriterier har ändrats sedan formuläret lästes in. Inget sparades: ladda om sidan."}

// trailJudgements appends the trail event of one save or import: every judgement it changed
// (as the trail keeps them: no comment, no evidence) with its history row. events holds the
// history rows' values (6 per row) and last the id of the last one inserted: the ids of a
// multi-row insert are consecutive.
func trailJudgements(ctx context.Context, tx dbtx, action string, auditID, itemID int64, events []any, last int64, scores []review.Score) error {
	byID := map[int64]review.Score{}
	for _, sc := range scores {
		byID[sc.ID] = sc
	}
	n := int64(len(events) / 6)
	changes := make([]trailScore, 0, n)
	for i := int64(0); i < n; i++ {
		ev := events[i*6 : i*6+6]
		id := last - n + 1 + i
		scoreID := ev[0].(int64)
		sc := byID[scoreID]
		changes = append(changes, trailScore{Score: scoreID, Item: ev[1].(int64), Kind: string(sc.Kind), Reviewer: sc.Reviewer, Criterion: string(sc.Criterion),
			Version: sc.Version, Verdict: string(sc.Verdict), Submitted: sc.Submitted, Event: id,
			EventHash: scoreEventHash(id, scoreID, ev[1].(int64), ev[2].(string), ev[3].(string), ev[4].(string), ev[5].(string))})
	}
	subject := fmt.Sprintf("item:%d", itemID)
	if itemID == 0 {
		subject = fmt.Sprintf("audit:%d", auditID)
	}
	_, err := appendTrail(ctx, tx, action, auditID, subject, map[string]any{"item": itemID, "changes": changes}, time.Now())
	return err
}

// ScoreHistory returns the audit trail of an item's judgements, oldest first.
func (s *Store) ScoreHistory(ctx context.Context, itemID int64) ([]review.ScoreEvent, error) {
	rows, err := s.rsql.QueryContext(ctx, `SELECT score_id, changed_by, changed_at, old_json, new_json FROM score_events WHERE sample_item_id = ? ORDER BY id`, itemID)
	if err != nil {
		return nil, internal("read audit trail", err)
	}
	defer rows.Close()
	var out []review.ScoreEvent
	for rows.Next() {
		var e review.ScoreEvent
		var at string
		if err := rows.Scan(&e.ScoreID, &e.ChangedBy, &at, &e.Old, &e.New); err != nil {
			return nil, internal("read audit trail", err)
		}
		if err := parseStamp(&e.ChangedAt, time.RFC3339Nano, at, "history changed_at"); err != nil {
			return nil, internal("read audit trail", err)
		}
		out = append(out, e)
	}
	return out, internal("read audit trail", rows.Err())
}

// AuditScores lists the selected items of the audit's active sample with their judgements.
func (s *Store) AuditScores(ctx context.Context, auditID int64) ([]review.ItemScores, error) {
	tx, err := s.rsql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, internal("begin", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT i.id, i.case_id, i.committee, i.diarienummer, i.intervention, i.stratum, i.stratum_rank, i.reserve_order, i.status, i.version,
		CASE WHEN EXISTS (SELECT 1 FROM double_reviews d WHERE d.sample_item_id = i.id) THEN 1 ELSE 0 END
		FROM sample_items i JOIN samples s ON s.id = i.sample_id WHERE s.audit_id = ? AND s.active = 1 AND i.status = 'selected' ORDER BY i.committee, i.stratum, i.stratum_rank`, auditID)
	if err != nil {
		return nil, internal("read sample", err)
	}
	var out []review.ItemScores
	pos := map[int64]int{}
	for rows.Next() {
		var is review.ItemScores
		it := &is.Item
		if err := rows.Scan(&it.ID, &it.CaseID, &it.Committee, &it.Diarienummer, &it.Intervention, &it.Stratum, &it.StratumRank, &it.ReserveOrder, &it.Status, &it.Version, &is.Double); err != nil {
			rows.Close()
			return nil, internal("read sample", err)
		}
		pos[it.ID] = len(out)
		out = append(out, is)
	}
	// an error half-way would silently leave cases out of the findings
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, internal("read sample", err)
	}
	rows.Close()
	scores, err := queryScores(ctx, tx, `sample_item_id IN (SELECT i.id FROM sample_items i JOIN samples s ON s.id = i.sample_id WHERE s.audit_id = ? AND s.active = 1)`, auditID)
	if err != nil {
		return nil, internal("read scores", err)
	}
	for _, sc := range scores {
		if p, ok := pos[sc.SampleItemID]; ok {
			out[p].Scores = append(out[p].Scores, sc)
		}
	}
	return out, nil
}

// SetDoubleReview records which items of a sample get a second review.
func (s *Store) SetDoubleReview(ctx context.Context, auditID, sampleID int64, share float64, itemIDs []int64) error {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM double_reviews WHERE sample_item_id IN (SELECT id FROM sample_items WHERE sample_id = ?)`, sampleID); err != nil {
		return internal("write double review", err)
	}
	for _, id := range itemIDs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO double_reviews (sample_item_id) VALUES (?)`, id); err != nil {
			return internal("write double review", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE audits SET double_share = ? WHERE id = ?`, share, auditID); err != nil {
		return internal("write double review", err)
	}
	if itemIDs == nil {
		itemIDs = []int64{}
	}
	if _, err := appendTrail(ctx, tx, review.ActionDoubleReview, auditID, fmt.Sprintf("sample:%d", sampleID),
		map[string]any{"sample": sampleID, "share": share, "items": itemIDs}, time.Now()); err != nil {
		return err
	}
	return internal("commit", tx.Commit())
}

// ImportScores writes imported judgements in one transaction (see review.ScoreStore).
func (s *Store) ImportScores(ctx context.Context, auditID int64, tmpl review.TemplateStamp, rows []review.Score, actor string, at time.Time) (imported, unchanged int, conflicts []string, err error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, nil, internal("begin", err)
	}
	defer tx.Rollback()
	var sha string
	if err := tx.QueryRowContext(ctx, `SELECT template_sha256 FROM audits WHERE id = ?`, auditID).Scan(&sha); err != nil {
		return 0, 0, nil, internal("read audit", err)
	}
	if sha != tmpl.SHA256 {
		return 0, 0, nil, errTemplateChanged
	}
	atS := at.Format(time.RFC3339Nano)
	changed := map[int64]bool{}
	var events []any
	var written []review.Score
	var last int64
	for _, r := range rows {
		existing, err := queryScores(ctx, tx, `sample_item_id = ? AND kind = 'review' AND reviewer = ? AND criterion = ?`, r.SampleItemID, r.Reviewer, string(r.Criterion))
		if err != nil {
			return 0, 0, nil, internal("read scores", err)
		}
		if len(existing) > 0 {
			cur := existing[0]
			if cur.Verdict == r.Verdict && cur.Comment == r.Comment && cur.Elements == r.Elements && cur.Handover == r.Handover && cur.Submitted {
				unchanged++
				continue
			}
			conflicts = append(conflicts, fmt.Sprintf("%s has already judged %s of case %d as %q: change it in the web app, not by import", r.Reviewer, r.Criterion, r.SampleItemID, cur.Verdict))
			continue
		}
		id, err := tx.insertID(ctx, `INSERT INTO scores (sample_item_id, kind, reviewer, criterion, verdict, comment, evidence_pages, elements, handover, submitted, source, version, updated_at) VALUES (?,'review',?,?,?,?,'',?,?,1,'import',1,?)`,
			r.SampleItemID, r.Reviewer, string(r.Criterion), string(r.Verdict), r.Comment, r.Elements, string(r.Handover), atS)
		if err != nil {
			return 0, 0, nil, internal("write scores", err)
		}
		r.ID, r.Version, r.Kind, r.Submitted = id, 1, review.KindReview, true
		if last, err = tx.insertID(ctx, `INSERT INTO score_events (score_id, sample_item_id, changed_by, changed_at, old_json, new_json) VALUES (?,?,?,?,?,?)`,
			id, r.SampleItemID, actor, atS, "{}", scoreState(r)); err != nil {
			return 0, 0, nil, internal("write audit trail", err)
		}
		// one trail event per import; the history rows of one import are consecutive as long
		// as nothing else writes between them (this transaction holds the write lock)
		events = append(events, id, r.SampleItemID, actor, atS, "{}", scoreState(r))
		written = append(written, r)
		imported++
		changed[r.SampleItemID] = true
	}
	if len(conflicts) > 0 {
		return 0, 0, conflicts, nil
	}
	if len(written) > 0 {
		var auditID int64
		if err := tx.QueryRowContext(ctx, `SELECT s.audit_id FROM sample_items i JOIN samples s ON s.id = i.sample_id WHERE i.id = ?`, written[0].SampleItemID).Scan(&auditID); err != nil {
			return 0, 0, nil, internal("read sample item", err)
		}
		if err := trailJudgements(actorOr(ctx, actor), tx, review.ActionJudgementImp, auditID, 0, events, last, written); err != nil {
			return 0, 0, nil, err
		}
	}
	for id := range changed { // the items' counts of changes (see migration 0008)
		if _, err := tx.ExecContext(ctx, `UPDATE sample_items SET changes = changes + 1 WHERE id = ?`, id); err != nil {
			return 0, 0, nil, internal("write scores", err)
		}
	}
	return imported, unchanged, nil, internal("commit", tx.Commit())
}
