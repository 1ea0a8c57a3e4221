package store

import (
	"context"
	"encoding/json"
	"fmt"
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
