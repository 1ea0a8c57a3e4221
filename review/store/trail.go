package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"tillsyn/review"
)

// dbtx is what appending to the trail needs of a transaction.
type dbtx interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// cleanActor keeps an actor name printable and short.
func cleanActor(a string) string {
	a = strings.Map(func(r rune) rune {
		if r < 0x20 || r >= 0x7f && r <= 0x9f {
			return -1
		}
		return r
	}, a)
	if len(a) > 200 {
		a = a[:200]
	}
	if a == "" {
		a = "okänd"
	}
	return a
}

// actorOr names fallback as the actor unless ctx names one already (the command line and the
// web app name theirs; a store method called without one falls back on what it knows).
func actorOr(ctx context.Context, fallback string) context.Context {
	if review.HasActor(ctx) {
		return ctx
	}
	return review.WithActor(ctx, fallback)
}

// appendTrail appends one event inside tx (the caller's transaction: the event commits with
// the change it records, or neither does). Every writer holds the database's one write lock
// for its whole transaction, so reading the head and inserting after it cannot interleave.
func appendTrail(ctx context.Context, tx dbtx, action string, auditID int64, subject string, detail any, at time.Time) (review.TrailEvent, error) {
	b, err := json.Marshal(detail)
	if err != nil {
		return review.TrailEvent{}, internal("encode trail event", err)
	}
	ev := review.TrailEvent{At: at.UTC(), Actor: cleanActor(review.ActorOf(ctx)), Action: action, AuditID: auditID, Subject: subject, Detail: string(b)}
	err = tx.QueryRowContext(ctx, `SELECT seq, hash FROM trail ORDER BY seq DESC LIMIT 1`).Scan(&ev.Seq, &ev.PrevHash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		ev.Seq, ev.PrevHash = 0, review.TrailGenesis
	case err != nil:
		return ev, internal("read trail head", err)
	}
	ev.Seq++
	ev.Hash = ev.ComputeHash()
	var aud any
	if auditID > 0 {
		aud = auditID
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO trail (seq, at, actor, action, audit_id, subject, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)`,
		ev.Seq, ev.At.Format(time.RFC3339Nano), ev.Actor, ev.Action, aud, ev.Subject, ev.Detail, ev.PrevHash, ev.Hash); err != nil {
		return ev, internal("append to trail", err)
	}
	return ev, nil
}

// scoreEventHash is what the trail keeps of a row of score_events (whose texts, comments
// among them, gallring removes): a SHA-256 of all its fields.
func scoreEventHash(id, scoreID, itemID int64, by, at, oldJSON, newJSON string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00%d\x00%d\x00%s\x00%s\x00%s\x00%s", id, scoreID, itemID, by, at, oldJSON, newJSON)
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// trailScore is a judgement as the trail records it: no comment, no evidence.
type trailScore struct {
	Score     int64  `json:"score"`
	Item      int64  `json:"item"`
	Kind      string `json:"kind"`
	Reviewer  string `json:"reviewer"`
	Criterion string `json:"criterion"`
	Version   int    `json:"version"`
	Verdict   string `json:"verdict"`
	Submitted bool   `json:"submitted"`
	Event     int64  `json:"event,omitempty"`      // its row in score_events
	EventHash string `json:"event_hash,omitempty"` // see scoreEventHash
}

type trailUser struct {
	User      int64  `json:"user"`
	Name      string `json:"name,omitempty"`
	Role      string `json:"role,omitempty"`
	Committee string `json:"committee,omitempty"`
	Disabled  bool   `json:"disabled,omitempty"`
	Audit     int64  `json:"audit,omitempty"`
}

type trailItem struct {
	Item       int64  `json:"item"`
	Status     string `json:"status"`
	ReplacedBy int64  `json:"replaced_by,omitempty"`
}

type trailExport struct {
	Export int64           `json:"export"`
	Format string          `json:"format"`
	SHA256 string          `json:"sha256"`
	Params json.RawMessage `json:"params,omitempty"`
}

// trailStart is the state the trail begins from, in a data directory made before it.
type trailStart struct {
	Scores      []trailScore    `json:"scores"`
	ScoreEvents [][2]any        `json:"score_events"` // [id, hash]
	Users       []trailUser     `json:"users"`
	Items       []trailItem     `json:"items"`
	Exports     []trailExport   `json:"exports"`
	Note        string          `json:"note"`
	Extra       json.RawMessage `json:"extra,omitempty"`
}

// startTrail writes the first event when the trail is empty: a snapshot of what it will
// check later (judgements, their history, users, sampled items, exports).
func (s *Store) startTrail(ctx context.Context) error {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM trail`).Scan(&n); err != nil {
		return internal("read trail", err)
	}
	if n > 0 {
		return nil
	}
	st := trailStart{Scores: []trailScore{}, ScoreEvents: [][2]any{}, Users: []trailUser{}, Items: []trailItem{}, Exports: []trailExport{},
		Note: "the state when the trail began; every change after it is an event of its own"}
	if err := eachRow(ctx, tx, `SELECT id, sample_item_id, kind, reviewer, criterion, version, verdict, submitted FROM scores ORDER BY id`, func(r *sql.Rows) error {
		var t trailScore
		if err := r.Scan(&t.Score, &t.Item, &t.Kind, &t.Reviewer, &t.Criterion, &t.Version, &t.Verdict, &t.Submitted); err != nil {
			return err
		}
		st.Scores = append(st.Scores, t)
		return nil
	}); err != nil {
		return err
	}
	if err := eachRow(ctx, tx, `SELECT id, score_id, sample_item_id, changed_by, changed_at, old_json, new_json FROM score_events ORDER BY id`, func(r *sql.Rows) error {
		var id, sid, item int64
		var by, at, o, nw string
		if err := r.Scan(&id, &sid, &item, &by, &at, &o, &nw); err != nil {
			return err
		}
		st.ScoreEvents = append(st.ScoreEvents, [2]any{id, scoreEventHash(id, sid, item, by, at, o, nw)})
		return nil
	}); err != nil {
		return err
	}
	if err := eachRow(ctx, tx, `SELECT id, name, role, committee, disabled FROM users ORDER BY id`, func(r *sql.Rows) error {
		var u trailUser
		if err := r.Scan(&u.User, &u.Name, &u.Role, &u.Committee, &u.Disabled); err != nil {
			return err
		}
		st.Users = append(st.Users, u)
		return nil
	}); err != nil {
		return err
	}
	if err := eachRow(ctx, tx, `SELECT id, status, coalesce(replaced_by, 0) FROM sample_items ORDER BY id`, func(r *sql.Rows) error {
		var it trailItem
		if err := r.Scan(&it.Item, &it.Status, &it.ReplacedBy); err != nil {
			return err
		}
		st.Items = append(st.Items, it)
		return nil
	}); err != nil {
		return err
	}
	if err := eachRow(ctx, tx, `SELECT id, format, sha256 FROM exports ORDER BY id`, func(r *sql.Rows) error {
		var e trailExport
		if err := r.Scan(&e.Export, &e.Format, &e.SHA256); err != nil {
			return err
		}
		st.Exports = append(st.Exports, e)
		return nil
	}); err != nil {
		return err
	}
	if _, err := appendTrail(review.WithActor(ctx, "system"), tx, review.ActionTrailStart, 0, "data", st, time.Now()); err != nil {
		return err
	}
	return internal("commit", tx.Commit())
}

// eachRow runs query and calls fn for every row, checking the iteration's own error.
func eachRow(ctx context.Context, q dbtx, query string, fn func(*sql.Rows) error, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return internal("read", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return internal("read", err)
		}
	}
	return internal("read", rows.Err())
}

const trailCols = `seq, at, actor, action, coalesce(audit_id, 0), subject, detail, prev_hash, hash`

func scanTrail(r interface{ Scan(...any) error }) (review.TrailEvent, error) {
	var e review.TrailEvent
	var at string
	if err := r.Scan(&e.Seq, &at, &e.Actor, &e.Action, &e.AuditID, &e.Subject, &e.Detail, &e.PrevHash, &e.Hash); err != nil {
		return e, err
	}
	t, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		return e, fmt.Errorf("event %d: time %q: %w", e.Seq, at, err)
	}
	e.At = t
	return e, nil
}

// TrailEvents: see review.TrailStore.
func (s *Store) TrailEvents(ctx context.Context, auditID int64) ([]review.TrailEvent, error) {
	q := `SELECT ` + trailCols + ` FROM trail`
	var args []any
	if auditID > 0 {
		q += ` WHERE audit_id = ?`
		args = append(args, auditID)
	}
	var out []review.TrailEvent
	err := eachRow(ctx, s.rsql, q+` ORDER BY seq`, func(r *sql.Rows) error {
		e, err := scanTrail(r)
		out = append(out, e)
		return err
	}, args...)
	return out, err
}

// TrailHead: see review.TrailStore.
func (s *Store) TrailHead(ctx context.Context) (review.TrailEvent, error) {
	e, err := scanTrail(s.rsql.QueryRowContext(ctx, `SELECT `+trailCols+` FROM trail ORDER BY seq DESC LIMIT 1`))
	if errors.Is(err, sql.ErrNoRows) {
		return e, &review.Error{Code: review.ENotFound, Message: "the trail is empty"}
	}
	return e, internal("read trail", err)
}

// trailState is what replaying the trail says the data must be.
type trailState struct {
	scores      map[int64]trailScore
	scoreEvents map[int64]string // id → hash
	users       map[int64]trailUser
	items       map[int64]trailItem
	exports     map[int64]trailExport
	purged      map[int64]bool   // audits whose personal data gallring removed
	decisions   map[int64]string // signed decision id → SHA-256 of its text
}

// VerifyTrail: see review.TrailStore. It reads everything in one snapshot.
func (s *Store) VerifyTrail(ctx context.Context) (review.TrailReport, error) {
	tx, err := s.rsql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return review.TrailReport{Breaks: []review.TrailBreak{}}, internal("begin", err)
	}
	defer tx.Rollback()
	return verifyTrail(ctx, tx)
}

// verifyTrail verifies the trail as tx sees the database.
func verifyTrail(ctx context.Context, tx *sqlTx) (review.TrailReport, error) {
	rep := review.TrailReport{Breaks: []review.TrailBreak{}}
	var err error
	st := trailState{scores: map[int64]trailScore{}, scoreEvents: map[int64]string{}, users: map[int64]trailUser{},
		items: map[int64]trailItem{}, exports: map[int64]trailExport{}, purged: map[int64]bool{}, decisions: map[int64]string{}}
	prev := review.TrailGenesis
	var want int64 = 1
	broken := func(seq int64, format string, args ...any) {
		rep.Breaks = append(rep.Breaks, review.TrailBreak{Seq: seq, Reason: fmt.Sprintf(format, args...)})
	}
	err = eachRow(ctx, tx, `SELECT `+trailCols+` FROM trail ORDER BY seq`, func(r *sql.Rows) error {
		e, err := scanTrail(r)
		if err != nil {
			return err
		}
		rep.Events++
		rep.HeadSeq, rep.HeadHash = e.Seq, e.Hash
		if len(rep.Breaks) > 0 {
			return nil // the first break is the one to name; what follows rests on it
		}
		switch {
		case e.Seq != want:
			broken(want, "event %d is missing (the next one is %d): events were deleted", want, e.Seq)
		case e.PrevHash != prev:
			broken(e.Seq, "event %d does not follow event %d (its link is %s, the hash before it is %s): events were deleted, reordered or edited", e.Seq, e.Seq-1, short(e.PrevHash), short(prev))
		case e.ComputeHash() != e.Hash:
			broken(e.Seq, "event %d (%s at %s by %s) was changed after it was written: its content no longer gives its hash", e.Seq, e.Action, e.At.Format(time.RFC3339), e.Actor)
		default:
			if err := st.apply(e); err != nil {
				broken(e.Seq, "event %d (%s) cannot be read: %v", e.Seq, e.Action, err)
			}
		}
		prev, want = e.Hash, e.Seq+1
		return nil
	})
	if err != nil {
		return rep, err
	}
	if rep.Events == 0 {
		broken(0, "the trail is empty: it was deleted (every data directory starts one when it is opened)")
	}
	if len(rep.Breaks) == 0 {
		if err := st.compare(ctx, tx, broken); err != nil {
			return rep, err
		}
	}
	rep.Intact = len(rep.Breaks) == 0
	return rep, nil
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12] + "…"
	}
	return h
}

// apply replays one event onto the state.
func (st *trailState) apply(e review.TrailEvent) error {
	d := []byte(e.Detail)
	switch e.Action {
	case review.ActionTrailStart:
		var v trailStart
		if err := json.Unmarshal(d, &v); err != nil {
			return err
		}
		for _, sc := range v.Scores {
			st.scores[sc.Score] = sc
		}
		for _, p := range v.ScoreEvents {
			id, _ := p[0].(float64)
			h, _ := p[1].(string)
			st.scoreEvents[int64(id)] = h
		}
		for _, u := range v.Users {
			st.users[u.User] = u
		}
		for _, it := range v.Items {
			st.items[it.Item] = it
		}
		for _, x := range v.Exports {
			st.exports[x.Export] = x
		}
	case review.ActionJudgement, review.ActionJudgementImp:
		var v struct {
			Changes []trailScore `json:"changes"`
		}
		if err := json.Unmarshal(d, &v); err != nil {
			return err
		}
		for _, c := range v.Changes {
			st.scores[c.Score] = c
			if c.Event > 0 {
				st.scoreEvents[c.Event] = c.EventHash
			}
		}
	case review.ActionSampleDraw:
		var v struct {
			Items []trailItem `json:"items"`
		}
		if err := json.Unmarshal(d, &v); err != nil {
			return err
		}
		for _, it := range v.Items {
			st.items[it.Item] = it
		}
	case review.ActionSampleReplace:
		var v struct {
			Item        int64 `json:"item"`
			Replacement int64 `json:"replacement"`
		}
		if err := json.Unmarshal(d, &v); err != nil {
			return err
		}
		st.items[v.Item] = trailItem{Item: v.Item, Status: review.StatusReplaced, ReplacedBy: v.Replacement}
		st.items[v.Replacement] = trailItem{Item: v.Replacement, Status: review.StatusSelected}
	case review.ActionUserAdd, review.ActionUserDisable, review.ActionUserEnable:
		var v trailUser
		if err := json.Unmarshal(d, &v); err != nil {
			return err
		}
		u := st.users[v.User]
		switch e.Action {
		case review.ActionUserAdd:
			u = v
		case review.ActionUserDisable:
			u.Disabled = true
		case review.ActionUserEnable:
			u.Disabled = false
		}
		st.users[v.User] = u
	case review.ActionExport:
		var v trailExport
		if err := json.Unmarshal(d, &v); err != nil {
			return err
		}
		st.exports[v.Export] = v
	case review.ActionDecisionSign:
		var v struct {
			Decision int64  `json:"decision"`
			SHA256   string `json:"sha256"`
		}
		if err := json.Unmarshal(d, &v); err != nil {
			return err
		}
		st.decisions[v.Decision] = v.SHA256
	case review.ActionGallring:
		var v struct {
			ScoreEvents []int64 `json:"score_events_removed"`
		}
		if err := json.Unmarshal(d, &v); err != nil {
			return err
		}
		st.purged[e.AuditID] = true
		for _, id := range v.ScoreEvents {
			delete(st.scoreEvents, id)
		}
	default:
		// events that change nothing the verification compares (audit.create, imports,
		// documents, passwords, assignments, double review, backups) are still chained
		if !json.Valid(d) {
			return errors.New("its detail is not JSON")
		}
	}
	return nil
}

// compare checks the data against the replayed state; each difference is a break (with no
// event to name: the data was changed outside Tillsyn).
func (st *trailState) compare(ctx context.Context, tx dbtx, broken func(int64, string, ...any)) error {
	var diffs []string
	seen := map[int64]bool{}
	err := eachRow(ctx, tx, `SELECT id, sample_item_id, kind, reviewer, criterion, version, verdict, submitted FROM scores`, func(r *sql.Rows) error {
		var t trailScore
		if err := r.Scan(&t.Score, &t.Item, &t.Kind, &t.Reviewer, &t.Criterion, &t.Version, &t.Verdict, &t.Submitted); err != nil {
			return err
		}
		seen[t.Score] = true
		w, ok := st.scores[t.Score]
		switch {
		case !ok:
			diffs = append(diffs, fmt.Sprintf("judgement %d (case %d) is not in the trail: it was written outside Tillsyn", t.Score, t.Item))
		case w.Version != t.Version || w.Verdict != t.Verdict || w.Submitted != t.Submitted || w.Reviewer != t.Reviewer || w.Criterion != t.Criterion || w.Kind != t.Kind || w.Item != t.Item:
			diffs = append(diffs, fmt.Sprintf("judgement %d (case %d, %s) is %q by %s, version %d, but the trail says %q by %s, version %d: it was changed outside Tillsyn",
				t.Score, t.Item, t.Criterion, t.Verdict, t.Reviewer, t.Version, w.Verdict, w.Reviewer, w.Version))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id, w := range st.scores {
		if !seen[id] {
			diffs = append(diffs, fmt.Sprintf("judgement %d (case %d, %s) in the trail is missing: it was deleted outside Tillsyn", id, w.Item, w.Criterion))
		}
	}
	seen = map[int64]bool{}
	err = eachRow(ctx, tx, `SELECT id, score_id, sample_item_id, changed_by, changed_at, old_json, new_json FROM score_events`, func(r *sql.Rows) error {
		var id, sid, item int64
		var by, at, o, nw string
		if err := r.Scan(&id, &sid, &item, &by, &at, &o, &nw); err != nil {
			return err
		}
		seen[id] = true
		h, ok := st.scoreEvents[id]
		switch {
		case !ok:
			diffs = append(diffs, fmt.Sprintf("history entry %d (case %d) is not in the trail: it was written outside Tillsyn", id, item))
		case h != scoreEventHash(id, sid, item, by, at, o, nw):
			diffs = append(diffs, fmt.Sprintf("history entry %d (case %d) was changed outside Tillsyn (who, when or what no longer match the trail)", id, item))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id := range st.scoreEvents {
		if !seen[id] {
			diffs = append(diffs, fmt.Sprintf("history entry %d of the judgements is missing: it was deleted outside Tillsyn", id))
		}
	}
	seen = map[int64]bool{}
	err = eachRow(ctx, tx, `SELECT id, name, role, committee, disabled FROM users`, func(r *sql.Rows) error {
		var u trailUser
		if err := r.Scan(&u.User, &u.Name, &u.Role, &u.Committee, &u.Disabled); err != nil {
			return err
		}
		seen[u.User] = true
		w, ok := st.users[u.User]
		switch {
		case !ok:
			diffs = append(diffs, fmt.Sprintf("user %d (%s) is not in the trail: added outside Tillsyn", u.User, u.Name))
		case w.Name != u.Name || w.Role != u.Role || w.Committee != u.Committee || w.Disabled != u.Disabled:
			diffs = append(diffs, fmt.Sprintf("user %d (%s) is %s%s, but the trail says %s%s: changed outside Tillsyn", u.User, u.Name, u.Role, disabledWord(u.Disabled), w.Role, disabledWord(w.Disabled)))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id, w := range st.users {
		if !seen[id] {
			diffs = append(diffs, fmt.Sprintf("user %d (%s) is missing: deleted outside Tillsyn", id, w.Name))
		}
	}
	seen = map[int64]bool{}
	err = eachRow(ctx, tx, `SELECT id, status, coalesce(replaced_by, 0) FROM sample_items`, func(r *sql.Rows) error {
		var it trailItem
		if err := r.Scan(&it.Item, &it.Status, &it.ReplacedBy); err != nil {
			return err
		}
		seen[it.Item] = true
		w, ok := st.items[it.Item]
		switch {
		case !ok:
			diffs = append(diffs, fmt.Sprintf("sampled case %d is not in the trail: added outside Tillsyn", it.Item))
		case w.Status != it.Status || w.ReplacedBy != it.ReplacedBy:
			diffs = append(diffs, fmt.Sprintf("sampled case %d is %s, but the trail says %s: changed outside Tillsyn", it.Item, it.Status, w.Status))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id := range st.items {
		if !seen[id] {
			diffs = append(diffs, fmt.Sprintf("sampled case %d is missing: deleted outside Tillsyn", id))
		}
	}
	seen = map[int64]bool{}
	err = eachRow(ctx, tx, `SELECT id, sha256 FROM exports`, func(r *sql.Rows) error {
		var id int64
		var sha string
		if err := r.Scan(&id, &sha); err != nil {
			return err
		}
		seen[id] = true
		w, ok := st.exports[id]
		switch {
		case !ok:
			diffs = append(diffs, fmt.Sprintf("export %d is not in the trail: recorded outside Tillsyn", id))
		case w.SHA256 != sha:
			diffs = append(diffs, fmt.Sprintf("export %d has SHA-256 %s, but the trail says %s: changed outside Tillsyn", id, short(sha), short(w.SHA256)))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id := range st.exports {
		if !seen[id] {
			diffs = append(diffs, fmt.Sprintf("export %d is missing from the export log: deleted outside Tillsyn", id))
		}
	}
	// signed decisions: their text must still hash to what the trail recorded at signing
	seen = map[int64]bool{}
	err = eachRow(ctx, tx, `SELECT `+decisionCols+` FROM decisions WHERE status = 'signed'`, func(r *sql.Rows) error {
		d, err := scanDecision(r)
		if err != nil {
			return err
		}
		seen[d.ID] = true
		w, ok := st.decisions[d.ID]
		switch {
		case !ok:
			diffs = append(diffs, fmt.Sprintf("signed decision %d is not in the trail: signed outside Tillsyn", d.ID))
		case w != d.ContentHash() || w != d.SHA256:
			diffs = append(diffs, fmt.Sprintf("signed decision %d says something else than when it was signed (SHA-256 %s, the trail says %s): changed outside Tillsyn", d.ID, short(d.ContentHash()), short(w)))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id := range st.decisions {
		if !seen[id] {
			diffs = append(diffs, fmt.Sprintf("signed decision %d is missing: deleted or unsigned outside Tillsyn", id))
		}
	}
	sort.Strings(diffs)
	for _, d := range diffs {
		broken(0, "%s", d)
	}
	return nil
}

func disabledWord(d bool) string {
	if d {
		return " (disabled)"
	}
	return ""
}
