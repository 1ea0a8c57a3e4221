package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"tillsyn/review"
)

// PurgeAudit: see review.PurgeStore. One write transaction; with dryRun it counts and rolls
// back. The write connection runs with secure_delete, so what it deletes or overwrites is
// zeroed in the database pages; Compact then rebuilds the file and empties the WAL.
func (s *Store) PurgeAudit(ctx context.Context, auditID int64, reason string, at time.Time, dryRun bool) (review.PurgeResult, error) {
	var res review.PurgeResult
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return res, internal("begin", err)
	}
	defer tx.Rollback()
	var purged sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT purged_at FROM audits WHERE id = ?`, auditID).Scan(&purged); err != nil {
		return res, internal("read audit", err)
	}
	if purged.Valid {
		return res, &review.Error{Code: review.EConflict, Field: "audit", Message: "the audit was purged already (" + purged.String + ")"}
	}
	items := `(SELECT i.id FROM sample_items i JOIN samples sm ON sm.id = i.sample_id WHERE sm.audit_id = ?)`
	count := func(q string, n *int) error {
		return tx.QueryRowContext(ctx, q, auditID).Scan(n)
	}
	for _, c := range []struct {
		q string
		n *int
	}{
		{`SELECT count(*) FROM cases WHERE audit_id = ?`, &res.Cases},
		{`SELECT count(*) FROM sample_items WHERE id IN ` + items, &res.SampledCases},
		{`SELECT count(*) FROM documents WHERE sample_item_id IN ` + items, &res.Documents},
		{`SELECT count(*) FROM pages WHERE document_id IN (SELECT id FROM documents WHERE sample_item_id IN ` + items + `)`, &res.Pages},
		{`SELECT count(*) FROM screenings WHERE sample_item_id IN ` + items, &res.Screenings},
		{`SELECT count(*) FROM scores WHERE sample_item_id IN ` + items + ` AND (comment <> '' OR evidence_pages <> '')`, &res.Comments},
		{`SELECT count(*) FROM score_events WHERE sample_item_id IN ` + items, &res.HistoryEntries},
		{`SELECT count(*) FROM import_skipped WHERE audit_id = ?`, &res.ImportLogRows},
	} {
		if err := count(c.q, c.n); err != nil {
			return res, internal("count", err)
		}
	}
	// the stored files of the audit's documents that no other audit's document uses
	if err := eachRow(ctx, tx, `SELECT DISTINCT sha256 FROM documents WHERE sample_item_id IN `+items+`
		AND sha256 NOT IN (SELECT sha256 FROM documents WHERE sample_item_id NOT IN `+items+`) ORDER BY sha256`, func(r *sql.Rows) error {
		var sh string
		if err := r.Scan(&sh); err != nil {
			return err
		}
		res.Files = append(res.Files, sh)
		return nil
	}, auditID, auditID); err != nil {
		return res, err
	}
	if dryRun {
		return res, nil
	}
	var removedEvents []int64
	if err := eachRow(ctx, tx, `SELECT id FROM score_events WHERE sample_item_id IN `+items+` ORDER BY id`, func(r *sql.Rows) error {
		var id int64
		if err := r.Scan(&id); err != nil {
			return err
		}
		removedEvents = append(removedEvents, id)
		return nil
	}, auditID); err != nil {
		return res, err
	}
	steps := []string{
		// page text leaves the full-text index through the pages_ad trigger
		`DELETE FROM pages WHERE document_id IN (SELECT id FROM documents WHERE sample_item_id IN ` + items + `)`,
		`DELETE FROM documents WHERE sample_item_id IN ` + items,
		`DELETE FROM screenings WHERE sample_item_id IN ` + items,
		`DELETE FROM review_drafts WHERE sample_item_id IN ` + items,
		`UPDATE scores SET comment = '', evidence_pages = '' WHERE sample_item_id IN ` + items + ` AND (comment <> '' OR evidence_pages <> '')`,
		// the history holds every comment ever written: gallring alone may remove it
		`INSERT INTO purge_running (audit_id) VALUES (?)`,
		`DELETE FROM score_events WHERE sample_item_id IN ` + items,
		`DELETE FROM purge_running WHERE audit_id = ?`,
		`DELETE FROM import_skipped WHERE audit_id = ?`,
		// requests for files: the letters list diarienummer, uploads name files; the records
		// (who, when, deadline, SHA-256, status) remain
		`UPDATE request_letters SET content = '' WHERE audit_id = ?`,
		`UPDATE uploads SET file_name = 'gallrad-' || id, detail = '' WHERE audit_id = ?`,
		// the frame: no diarienummer, pseudonym, birth year, age, case officer; dates to the
		// year (what the research export keeps); committee and intervention remain for the
		// aggregates
		`UPDATE cases SET diarienummer = 'gallrad-' || id, dnr_key = 'GALLRAD-' || id, person = '', birth_year = 0, age = NULL, case_officer = '',
			decision_date = substr(decision_date, 1, 4) || '-01-01', end_date = CASE WHEN end_date IS NULL OR end_date = '' THEN end_date ELSE substr(end_date, 1, 4) || '-01-01' END,
			planned_follow_up = CASE WHEN planned_follow_up IS NULL OR planned_follow_up = '' THEN planned_follow_up ELSE substr(planned_follow_up, 1, 4) || '-01-01' END,
			follow_up_done = CASE WHEN follow_up_done IS NULL OR follow_up_done = '' THEN follow_up_done ELSE substr(follow_up_done, 1, 4) || '-01-01' END
			WHERE audit_id = ?`,
		// the sample: its parameters, strata and protocol text remain; the cases are named by
		// their internal id, and the ranking keys (hashes of the diarienummer) go
		// changes: a review page kept in any process's memory is rendered again
		`UPDATE sample_items SET diarienummer = 'gallrad-' || id, sort_key = '', reason = CASE WHEN reason IS NULL THEN NULL ELSE '' END, changes = changes + 1 WHERE id IN ` + items,
	}
	for _, q := range steps {
		var args []any
		for i := 0; i < countPlaceholders(q); i++ {
			args = append(args, auditID)
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return res, internal("gallring", fmt.Errorf("%s: %w", q[:min(40, len(q))], err))
		}
	}
	// merge the full-text index's segments, so the deleted words are not left in old ones
	// (PostgreSQL's index is on the pages' own column: Compact rebuilds it)
	if !s.pg {
		if _, err := tx.ExecContext(ctx, `INSERT INTO pages_fts (pages_fts) VALUES ('optimize')`); err != nil {
			return res, internal("gallring: full-text index", err)
		}
	}
	if s.pg {
		// the stored files no other audit uses, kept in the database on PostgreSQL
		for _, sh := range res.Files {
			if _, err := tx.ExecContext(ctx, `DELETE FROM case_files WHERE sha256 = ?`, sh); err != nil {
				return res, internal("gallring: case files", err)
			}
		}
	}
	atS := at.UTC().Format(time.RFC3339Nano)
	if _, err := tx.ExecContext(ctx, `UPDATE audits SET purged_at = ?, purge_reason = ? WHERE id = ?`, atS, reason, auditID); err != nil {
		return res, internal("gallring", err)
	}
	if removedEvents == nil {
		removedEvents = []int64{}
	}
	if _, err := appendTrail(ctx, tx, review.ActionGallring, auditID, fmt.Sprintf("audit:%d", auditID), map[string]any{
		"reason": reason, "cases": res.Cases, "sampled_cases": res.SampledCases, "documents": res.Documents, "pages": res.Pages,
		"comments": res.Comments, "files": len(res.Files), "score_events_removed": removedEvents}, at); err != nil {
		return res, err
	}
	return res, internal("commit", tx.Commit())
}

func countPlaceholders(q string) int {
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
		}
	}
	return n
}

// Compact rebuilds the database file (VACUUM, so no free page keeps old content) and empties
// the WAL (a checkpoint that truncates it), after gallring.
//
// On PostgreSQL it rewrites the tables gallring changed (VACUUM FULL: new files, the old
// ones deleted, indexes rebuilt); the server's WAL archive and base backups keep what they
// hold until they expire, which the README's backup section says.
func (s *Store) Compact(ctx context.Context) error {
	if s.pg {
		if _, err := s.wsql.ExecContext(ctx, `VACUUM (FULL) cases, sample_items, documents, pages, screenings, scores, score_events, import_skipped, case_files`); err != nil {
			return internal("vacuum", err)
		}
		return nil
	}
	if _, err := s.wsql.ExecContext(ctx, `VACUUM`); err != nil {
		return internal("vacuum", err)
	}
	var busy, logFrames, done int
	for i := 0; i < 50; i++ {
		if err := s.wsql.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done); err != nil {
			return internal("checkpoint", err)
		}
		if busy == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return internal("checkpoint", fmt.Errorf("readers kept the WAL busy: it still holds %d frames", logFrames))
}
