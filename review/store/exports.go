package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"tillsyn/review"
)

// RecordExport logs a research export.
func (s *Store) RecordExport(ctx context.Context, r review.ExportRecord) error {
	params, err := json.Marshal(r.Parameters)
	if err != nil {
		return internal("encode export parameters", err)
	}
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	id, err := tx.insertID(ctx, `INSERT INTO exports (audit_id, exported_by, exported_at, format, params_json, sha256) VALUES (?,?,?,?,?,?)`,
		r.AuditID, r.By, r.At.Format(time.RFC3339Nano), r.Format, string(params), r.SHA256)
	if err != nil {
		return internal("record export", err)
	}
	if _, err := appendTrail(actorOr(ctx, r.By), tx, review.ActionExport, r.AuditID, fmt.Sprintf("export:%d", id),
		trailExport{Export: id, Format: r.Format, SHA256: r.SHA256, Params: params}, r.At); err != nil {
		return err
	}
	return internal("commit", tx.Commit())
}

// Exports lists an audit's exports, oldest first.
func (s *Store) Exports(ctx context.Context, auditID int64) ([]review.ExportRecord, error) {
	rows, err := s.rsql.QueryContext(ctx, `SELECT exported_by, exported_at, format, params_json, sha256 FROM exports WHERE audit_id = ? ORDER BY id`, auditID)
	if err != nil {
		return nil, internal("read exports", err)
	}
	defer rows.Close()
	var out []review.ExportRecord
	for rows.Next() {
		r := review.ExportRecord{AuditID: auditID}
		var at, params string
		if err := rows.Scan(&r.By, &at, &r.Format, &params, &r.SHA256); err != nil {
			return nil, internal("read exports", err)
		}
		if err := parseStamp(&r.At, time.RFC3339Nano, at, "export time"); err != nil {
			return nil, internal("read exports", err)
		}
		if err := json.Unmarshal([]byte(params), &r.Parameters); err != nil {
			return nil, internal("read exports", fmt.Errorf("export parameters: %w", err))
		}
		out = append(out, r)
	}
	return out, internal("read exports", rows.Err())
}

// SampleCaseYears maps the case id of each selected item of a sample to its decision year.
func (s *Store) SampleCaseYears(ctx context.Context, sampleID int64) (map[int64]int, error) {
	rows, err := s.rsql.QueryContext(ctx, `SELECT c.id, substr(c.decision_date, 1, 4) FROM sample_items i JOIN cases c ON c.id = i.case_id
		WHERE i.sample_id = ? AND i.status = 'selected'`, sampleID)
	if err != nil {
		return nil, internal("read case years", err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var y sql.NullString
		if err := rows.Scan(&id, &y); err != nil {
			return nil, internal("read case years", err)
		}
		if n, err := strconv.Atoi(y.String); err == nil && n > 0 {
			out[id] = n
		}
	}
	return out, internal("read case years", rows.Err())
}

// PublishedExports lists the exports of the audits and of every audit pooled with them.
func (s *Store) PublishedExports(ctx context.Context, auditIDs []int64) ([]review.PublishedExport, int64, error) {
	tx, err := s.rsql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, internal("begin", err)
	}
	defer tx.Rollback()
	return publishedExports(ctx, tx, auditIDs)
}

func publishedExports(ctx context.Context, tx dbtx, auditIDs []int64) ([]review.PublishedExport, int64, error) {
	want := map[int64]bool{}
	var todo []int64
	for _, id := range auditIDs {
		if !want[id] {
			want[id] = true
			todo = append(todo, id)
		}
	}
	byID := map[int64]*review.PublishedExport{}
	var maxID int64
	for len(todo) > 0 {
		ph := strings.TrimSuffix(strings.Repeat("?,", len(todo)), ",")
		args := make([]any, len(todo))
		for i, id := range todo {
			args[i] = id
		}
		todo = nil
		rows, err := tx.QueryContext(ctx, `SELECT e.id, e.audit_id, e.exported_by, e.exported_at, e.format, e.params_json, e.sha256, c.audit_ids, c.cells_json
			FROM exports e LEFT JOIN export_cells c ON c.export_id = e.id WHERE e.audit_id IN (`+ph+`) ORDER BY e.id`, args...)
		if err != nil {
			return nil, 0, internal("read exports", err)
		}
		for rows.Next() {
			var p review.PublishedExport
			var at, params string
			var audits, cells sql.NullString
			if err := rows.Scan(&p.ID, &p.AuditID, &p.By, &at, &p.Format, &params, &p.SHA256, &audits, &cells); err != nil {
				rows.Close()
				return nil, 0, internal("read exports", err)
			}
			if err := parseStamp(&p.At, time.RFC3339Nano, at, "export time"); err != nil {
				rows.Close()
				return nil, 0, internal("read exports", err)
			}
			if err := json.Unmarshal([]byte(params), &p.Parameters); err != nil {
				rows.Close()
				return nil, 0, internal("read exports", fmt.Errorf("export %d parameters: %w", p.ID, err))
			}
			if cells.Valid {
				p.Cells = []review.PublishedCell{}
				if err := json.Unmarshal([]byte(cells.String), &p.Cells); err != nil {
					rows.Close()
					return nil, 0, internal("read exports", fmt.Errorf("export %d cells: %w", p.ID, err))
				}
				for _, f := range strings.Split(audits.String, ",") {
					id, err := strconv.ParseInt(f, 10, 64)
					if err != nil {
						rows.Close()
						return nil, 0, internal("read exports", fmt.Errorf("export %d audits %q: %w", p.ID, audits.String, err))
					}
					if !want[id] {
						want[id] = true
						todo = append(todo, id)
					}
				}
			}
			maxID = max(maxID, p.ID)
			byID[p.ID] = &p
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, 0, internal("read exports", err)
		}
	}
	out := make([]review.PublishedExport, 0, len(byID))
	for _, p := range byID {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, maxID, nil
}

// RecordResearchExport records an export of one or more audits with the cells it published.
func (s *Store) RecordResearchExport(ctx context.Context, recs []review.ExportRecord, cells []review.PublishedCell, seen int64) error {
	if len(recs) == 0 {
		return &review.Error{Code: review.EInvalid, Message: "no export to record"}
	}
	params, err := json.Marshal(recs[0].Parameters)
	if err != nil {
		return internal("encode export parameters", err)
	}
	if cells == nil {
		cells = []review.PublishedCell{}
	}
	cellsJSON, err := json.Marshal(cells)
	if err != nil {
		return internal("encode export cells", err)
	}
	ids := make([]int64, len(recs))
	var idText []string
	for i, r := range recs {
		ids[i] = r.AuditID
		idText = append(idText, strconv.FormatInt(r.AuditID, 10))
	}
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	if _, maxID, err := publishedExports(ctx, tx, ids); err != nil {
		return err
	} else if maxID > seen {
		return &review.Error{Code: review.EConflict, Message: "en annan export av samma granskningar registrerades samtidigt; försök igen (den nya kontrolleras mot den)"}
	}
	for _, r := range recs {
		id, err := tx.insertID(ctx, `INSERT INTO exports (audit_id, exported_by, exported_at, format, params_json, sha256) VALUES (?,?,?,?,?,?)`,
			r.AuditID, r.By, r.At.Format(time.RFC3339Nano), r.Format, string(params), r.SHA256)
		if err != nil {
			return internal("record export", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO export_cells (export_id, audit_ids, cells_json) VALUES (?,?,?)`, id, strings.Join(idText, ","), string(cellsJSON)); err != nil {
			return internal("record export cells", err)
		}
		if _, err := appendTrail(actorOr(ctx, r.By), tx, review.ActionExport, r.AuditID, fmt.Sprintf("export:%d", id),
			trailExport{Export: id, Format: r.Format, SHA256: r.SHA256, Params: params}, r.At); err != nil {
			return err
		}
	}
	return internal("commit", tx.Commit())
}
