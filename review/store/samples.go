package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"tillsyn/review"
)

// Frame calls fn for the cases of an audit that pass the filter (in no particular order:
// a draw does not depend on it). The audit's id range is read in parallel chunks, one read
// connection per CPU, each chunk as a few large strings built by SQLite (group_concat), which
// avoids a cgo round trip per row and column: a 1M-case frame takes a fraction of a second.
// Identities hold no control characters (the import refuses them), so the separators
// (0x1F between fields, 0x1E between rows) are unambiguous. The person pseudonym is read
// only when persons is set.
func (s *Store) Frame(ctx context.Context, auditID int64, f review.FrameFilter, persons bool) ([]review.FrameUnit, error) {
	var lo, hi sql.NullInt64
	span := `SELECT min(id), max(id) FROM cases WHERE audit_id = ?`
	if s.pg {
		// id + 0: otherwise PostgreSQL's planner walks the primary key from both ends until it
		// meets a row of the audit (half a second for a small audit after a large one), where
		// the BRIN index on audit_id (migration 0016) finds its pages at once
		span = `SELECT min(id + 0), max(id + 0) FROM cases WHERE audit_id = ?`
	}
	if err := s.rsql.QueryRowContext(ctx, span, auditID).Scan(&lo, &hi); err != nil {
		return nil, internal("read frame", err)
	}
	if !lo.Valid {
		return nil, nil
	}
	person := "''"
	if persons {
		person = "person"
	}
	q := strings.Builder{}
	concat, char := "group_concat", "char"
	if s.pg {
		concat, char = "string_agg", "chr"
	}
	q.WriteString(`SELECT ` + concat + `(id || ` + char + `(31) || committee || ` + char + `(31) || diarienummer || ` + char + `(31) || intervention || ` + char + `(31) || ` + person + `, ` + char + `(30))
		FROM cases WHERE audit_id = ? AND id BETWEEN ? AND ?`)
	var args []any
	in := func(col string, vals []string) {
		q.WriteString(" AND " + col + " IN (" + strings.TrimSuffix(strings.Repeat("?,", len(vals)), ",") + ")")
		for _, v := range vals {
			args = append(args, v)
		}
	}
	if len(f.Interventions) > 0 {
		in("intervention", f.Interventions)
	}
	if len(f.LegalBases) > 0 {
		in("legal_basis", f.LegalBases)
	}
	if f.DecidedFrom != "" {
		q.WriteString(" AND decision_date >= ?")
		args = append(args, f.DecidedFrom)
	}
	if f.DecidedTo != "" {
		q.WriteString(" AND decision_date <= ?")
		args = append(args, f.DecidedTo)
	}
	if f.MinAge > 0 {
		q.WriteString(" AND COALESCE(age, CAST(substr(decision_date, 1, 4) AS INTEGER) - birth_year) >= ?")
		args = append(args, f.MinAge)
	}
	const chunk = 20000
	workers := runtime.NumCPU()
	n := hi.Int64 - lo.Int64 + 1
	parts := int((n + chunk - 1) / chunk)
	workers = min(workers, parts)
	results := make([][]review.FrameUnit, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			intern := map[string]string{}
			for p := w; p < parts; p += workers {
				from := lo.Int64 + int64(p)*chunk
				a := append([]any{auditID, from, from + chunk - 1}, args...)
				var blob sql.NullString
				if err := s.rsql.QueryRowContext(ctx, q.String(), a...).Scan(&blob); err != nil {
					errs[w] = err
					return
				}
				if results[w], errs[w] = parseFrame(results[w], blob.String, intern); errs[w] != nil {
					return
				}
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for w, err := range errs {
		if err != nil {
			return nil, internal("read frame", err)
		}
		total += len(results[w])
	}
	out := make([]review.FrameUnit, 0, total)
	for _, c := range results {
		out = append(out, c...)
	}
	return out, nil
}

// parseFrame splits a group_concat of frame rows.
func parseFrame(out []review.FrameUnit, blob string, intern map[string]string) ([]review.FrameUnit, error) {
	for len(blob) > 0 {
		row := blob
		if i := strings.IndexByte(blob, 0x1e); i >= 0 {
			row, blob = blob[:i], blob[i+1:]
		} else {
			blob = ""
		}
		var f [5]string
		for k := 0; k < 4; k++ {
			i := strings.IndexByte(row, 0x1f)
			if i < 0 {
				return out, fmt.Errorf("malformed frame row %q", row)
			}
			f[k], row = row[:i], row[i+1:]
		}
		f[4] = row
		id, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return out, fmt.Errorf("malformed frame row id %q", f[0])
		}
		out = append(out, review.FrameUnit{CaseID: id, Committee: internString(intern, f[1]), Diarienummer: f[2], Intervention: internString(intern, f[3]), Person: f[4]})
	}
	return out, nil
}

func internString(m map[string]string, s string) string {
	if v, ok := m[s]; ok {
		return v
	}
	s = strings.Clone(s)
	m[s] = s
	return s
}

// SaveSample stores a draw as the active sample (see review.Store).
func (s *Store) SaveSample(ctx context.Context, sm review.Sample, redraw bool) (review.Sample, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return sm, internal("begin", err)
	}
	defer tx.Rollback()
	var oldID int64
	var oldSeed string
	err = tx.QueryRowContext(ctx, `SELECT id, seed FROM samples WHERE audit_id = ? AND active = 1`, sm.AuditID).Scan(&oldID, &oldSeed)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return sm, internal("read sample", err)
	case !redraw:
		return sm, &review.Error{Code: review.EConflict, Message: fmt.Sprintf("granskningen har redan ett urval (frö %q); dra om det (--redraw) innan någon akt är bedömd", oldSeed)}
	default:
		scored, err := sampleScored(ctx, tx, oldID)
		if err != nil {
			return sm, internal("read scores", err)
		}
		if scored {
			return sm, &review.Error{Code: review.EConflict, Message: "akter i urvalet är redan bedömda: urvalet är låst och kan inte dras om"}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE samples SET active = 0, superseded_at = ? WHERE id = ?`, sm.DrawnAt.Format(time.RFC3339Nano), oldID); err != nil {
			return sm, internal("supersede sample", err)
		}
	}
	params, _ := json.Marshal(sm.Params)
	filters, _ := json.Marshal(sm.Filters)
	strata, _ := json.Marshal(sm.Strata)
	warnings, _ := json.Marshal(sm.Warnings)
	sm.ID, err = tx.insertID(ctx, `INSERT INTO samples (audit_id, seed, method, frame_sha256, frame_size, tool_version, drawn_by, drawn_at, params_json, filters_json, strata_json, warnings_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		sm.AuditID, sm.Seed, sm.Method, sm.FrameSHA256, sm.FrameSize, sm.ToolVersion, sm.DrawnBy, sm.DrawnAt.Format(time.RFC3339Nano), string(params), string(filters), string(strata), string(warnings))
	if err != nil {
		return sm, internal("write sample", err)
	}
	insItem := `INSERT INTO sample_items (sample_id, case_id, committee, diarienummer, intervention, stratum, sort_key, stratum_rank, reserve_order, status) VALUES (?,?,?,?,?,?,?,?,?,?)`
	if s.pg {
		insItem += ` RETURNING id`
	}
	st, err := tx.PrepareContext(ctx, insItem)
	if err != nil {
		return sm, internal("write sample", err)
	}
	defer st.Close()
	for i := range sm.Items {
		it := &sm.Items[i]
		args := []any{sm.ID, it.CaseID, it.Committee, it.Diarienummer, it.Intervention, it.Stratum, it.Key, it.StratumRank, it.ReserveOrder, it.Status}
		if s.pg {
			err = st.QueryRowContext(ctx, args...).Scan(&it.ID)
		} else {
			var r sql.Result
			if r, err = st.ExecContext(ctx, args...); err == nil {
				it.ID, err = r.LastInsertId()
			}
		}
		if err != nil {
			return sm, internal("write sample", err)
		}
	}
	items := make([]trailItem, len(sm.Items))
	for i, it := range sm.Items {
		items[i] = trailItem{Item: it.ID, Status: it.Status}
	}
	if _, err := appendTrail(actorOr(ctx, sm.DrawnBy), tx, review.ActionSampleDraw, sm.AuditID, fmt.Sprintf("sample:%d", sm.ID), map[string]any{
		"sample": sm.ID, "seed": sm.Seed, "method": sm.Method, "frame_sha256": sm.FrameSHA256, "frame_size": sm.FrameSize,
		"superseded_sample": oldID, "items": items}, sm.DrawnAt); err != nil {
		return sm, err
	}
	if err := tx.Commit(); err != nil {
		return sm, internal("commit sample", err)
	}
	return sm, nil
}

// sampleScored reports whether any file of a sample has been scored.
func sampleScored(ctx context.Context, tx *sqlTx, sampleID int64) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM scores JOIN sample_items ON sample_items.id = scores.sample_item_id WHERE sample_items.sample_id = ?`, sampleID).Scan(&n)
	return n > 0, err
}

type sampleRow struct {
	id, auditID                        int64
	seed, method, sha, version, by, at string
	size                               int
	params, filters, strata, warnings  string
	superseded                         sql.NullString
}

const sampleCols = `id, audit_id, seed, method, frame_sha256, frame_size, tool_version, drawn_by, drawn_at, params_json, filters_json, strata_json, warnings_json, superseded_at`

func scanSample(sc interface{ Scan(...any) error }) (review.Sample, error) {
	var r sampleRow
	if err := sc.Scan(&r.id, &r.auditID, &r.seed, &r.method, &r.sha, &r.size, &r.version, &r.by, &r.at, &r.params, &r.filters, &r.strata, &r.warnings, &r.superseded); err != nil {
		return review.Sample{}, err
	}
	sm := review.Sample{ID: r.id, AuditID: r.auditID, Seed: r.seed, Method: r.method, FrameSHA256: r.sha, FrameSize: r.size, ToolVersion: r.version, DrawnBy: r.by}
	if err := parseStamp(&sm.DrawnAt, time.RFC3339Nano, r.at, "sample drawn_at"); err != nil {
		return sm, err
	}
	if r.superseded.Valid {
		if err := parseStamp(&sm.Superseded, time.RFC3339Nano, r.superseded.String, "sample superseded_at"); err != nil {
			return sm, err
		}
	}
	for _, j := range []struct {
		s string
		v any
	}{{r.params, &sm.Params}, {r.filters, &sm.Filters}, {r.strata, &sm.Strata}, {r.warnings, &sm.Warnings}} {
		if err := json.Unmarshal([]byte(j.s), j.v); err != nil {
			return sm, fmt.Errorf("sample %d: %w", r.id, err)
		}
	}
	return sm, nil
}

// ActiveSample returns the active sample with its items, in stratum and rank order.
func (s *Store) ActiveSample(ctx context.Context, auditID int64) (review.Sample, error) {
	tx, err := s.rsql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return review.Sample{}, internal("begin", err)
	}
	defer tx.Rollback()
	sm, err := scanSample(tx.QueryRowContext(ctx, `SELECT `+sampleCols+` FROM samples WHERE audit_id = ? AND active = 1`, auditID))
	if errors.Is(err, sql.ErrNoRows) {
		return sm, &review.Error{Code: review.ENotFound, Message: "the audit has no sample yet: draw one with `tillsyn sample --audit NAME --seed S ...`"}
	}
	if err != nil {
		return sm, internal("read sample", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT i.id, i.case_id, i.committee, i.diarienummer, i.intervention, i.stratum, i.sort_key, i.stratum_rank, i.reserve_order, i.status,
		COALESCE(i.replaced_by, 0), COALESCE(r.diarienummer, ''), COALESCE(i.reason, ''), COALESCE(i.changed_by, ''), COALESCE(i.changed_at, ''), i.version
		FROM sample_items i LEFT JOIN sample_items r ON r.id = i.replaced_by WHERE i.sample_id = ? ORDER BY i.stratum, i.reserve_order > 0, i.reserve_order, i.stratum_rank`, sm.ID)
	if err != nil {
		return sm, internal("read sample", err)
	}
	defer rows.Close()
	for rows.Next() {
		var it review.SampleItem
		var at string
		if err := rows.Scan(&it.ID, &it.CaseID, &it.Committee, &it.Diarienummer, &it.Intervention, &it.Stratum, &it.Key, &it.StratumRank, &it.ReserveOrder, &it.Status,
			&it.ReplacedBy, &it.ReplacedByDnr, &it.Reason, &it.ChangedBy, &at, &it.Version); err != nil {
			return sm, internal("read sample", err)
		}
		if at != "" {
			if err := parseStamp(&it.ChangedAt, time.RFC3339Nano, at, "sampled case changed_at"); err != nil {
				return sm, internal("read sample", err)
			}
		}
		sm.Items = append(sm.Items, it)
	}
	return sm, internal("read sample", rows.Err())
}

// SampleYear is the year of the latest decision among a sample's selected cases.
func (s *Store) SampleYear(ctx context.Context, sampleID int64) (int, error) {
	var y sql.NullInt64
	err := s.rsql.QueryRowContext(ctx, `SELECT CAST(max(substr(c.decision_date, 1, 4)) AS INTEGER) FROM sample_items i JOIN cases c ON c.id = i.case_id
		WHERE i.sample_id = ? AND i.status = 'selected'`, sampleID).Scan(&y)
	return int(y.Int64), internal("read sample", err)
}

// SupersededSamples lists earlier draws, oldest first.
func (s *Store) SupersededSamples(ctx context.Context, auditID int64) ([]review.Sample, error) {
	rows, err := s.rsql.QueryContext(ctx, `SELECT `+sampleCols+` FROM samples WHERE audit_id = ? AND active = 0 ORDER BY id`, auditID)
	if err != nil {
		return nil, internal("read samples", err)
	}
	defer rows.Close()
	var out []review.Sample
	for rows.Next() {
		sm, err := scanSample(rows)
		if err != nil {
			return nil, internal("read samples", err)
		}
		out = append(out, sm)
	}
	return out, internal("read samples", rows.Err())
}

// ReplaceSampleItem replaces a selected item by the next unused reserve of its stratum.
func (s *Store) ReplaceSampleItem(ctx context.Context, sampleID int64, item review.SampleItem, reason, by string, at time.Time) (review.SampleItem, review.SampleItem, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return item, review.SampleItem{}, internal("begin", err)
	}
	defer tx.Rollback()
	var repl review.SampleItem
	err = tx.QueryRowContext(ctx, `SELECT id, case_id, committee, diarienummer, intervention, stratum, sort_key, stratum_rank, reserve_order, version FROM sample_items
		WHERE sample_id = ? AND stratum = ? AND status = 'reserve' ORDER BY reserve_order LIMIT 1`, sampleID, item.Stratum).
		Scan(&repl.ID, &repl.CaseID, &repl.Committee, &repl.Diarienummer, &repl.Intervention, &repl.Stratum, &repl.Key, &repl.StratumRank, &repl.ReserveOrder, &repl.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return item, repl, &review.Error{Code: review.EConflict, Field: "case", Message: fmt.Sprintf("the stratum %s has no reserve left: %s cannot be replaced", item.Stratum, item.Diarienummer)}
	}
	if err != nil {
		return item, repl, internal("read reserves", err)
	}
	atS := at.Format(time.RFC3339Nano)
	res, err := tx.ExecContext(ctx, `UPDATE sample_items SET status = 'replaced', replaced_by = ?, reason = ?, changed_by = ?, changed_at = ?, version = version + 1
		WHERE id = ? AND status = 'selected' AND version = ?`, repl.ID, reason, by, atS, item.ID, item.Version)
	if err != nil {
		return item, repl, internal("replace", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return item, repl, internal("replace", err)
	} else if n != 1 {
		return item, repl, &review.Error{Code: review.EConflict, Field: "case", Message: fmt.Sprintf("case %s was changed by someone else meanwhile; look at the sample again", item.Diarienummer)}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sample_items SET status = 'selected', changed_by = ?, changed_at = ?, version = version + 1 WHERE id = ?`, by, atS, repl.ID); err != nil {
		return item, repl, internal("replace", err)
	}
	// the reason is free text (it may name a person): the trail keeps only that there was one
	var auditID int64
	if err := tx.QueryRowContext(ctx, `SELECT audit_id FROM samples WHERE id = ?`, sampleID).Scan(&auditID); err != nil {
		return item, repl, internal("read sample", err)
	}
	if _, err := appendTrail(actorOr(ctx, by), tx, review.ActionSampleReplace, auditID, fmt.Sprintf("item:%d", item.ID),
		map[string]any{"sample": sampleID, "item": item.ID, "replacement": repl.ID, "reason_given": reason != ""}, at); err != nil {
		return item, repl, err
	}
	if err := tx.Commit(); err != nil {
		return item, repl, internal("commit", err)
	}
	item.Status, item.ReplacedBy, item.ReplacedByDnr, item.Reason, item.ChangedBy, item.ChangedAt, item.Version = review.StatusReplaced, repl.ID, repl.Diarienummer, reason, by, at, item.Version+1
	repl.Status, repl.ChangedBy, repl.ChangedAt, repl.Version = review.StatusSelected, by, at, repl.Version+1
	return item, repl, nil
}
