package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"tillsyn/review"
)

type auditRow struct {
	ID             int64
	Name           string
	Kind           string
	Description    string
	CreatedAt      string
	PurgedAt       sql.NullString
	PurgeReason    string
	TemplateJSON   sql.NullString
	TemplateSHA256 string `gorm:"column:template_sha256"`
}

func (auditRow) TableName() string { return "audits" }

func (r auditRow) toAudit() (review.Audit, error) {
	t, err := time.Parse(time.RFC3339Nano, r.CreatedAt)
	if err != nil {
		return review.Audit{}, fmt.Errorf("audit %d: created_at %q: %w", r.ID, r.CreatedAt, err)
	}
	a := review.Audit{ID: r.ID, Name: r.Name, Kind: review.AuditKind(r.Kind), Description: r.Description, CreatedAt: t, PurgeReason: r.PurgeReason,
		TemplateSHA256: r.TemplateSHA256}
	if r.TemplateJSON.Valid {
		a.TemplateJSON = []byte(r.TemplateJSON.String)
	}
	if r.PurgedAt.Valid {
		if a.PurgedAt, err = time.Parse(time.RFC3339Nano, r.PurgedAt.String); err != nil {
			return a, fmt.Errorf("audit %d: purged_at %q: %w", r.ID, r.PurgedAt.String, err)
		}
	}
	return a, nil
}

// CreateAudit inserts an audit; EConflict when the name is taken.
func (s *Store) CreateAudit(ctx context.Context, a review.Audit) (review.Audit, error) {
	row := auditRow{Name: a.Name, Kind: string(a.Kind), Description: a.Description, CreatedAt: a.CreatedAt.UTC().Format(time.RFC3339Nano),
		TemplateJSON: sql.NullString{String: string(a.TemplateJSON), Valid: a.TemplateJSON != nil}, TemplateSHA256: a.TemplateSHA256}
	err := func() error {
		tx, err := s.wsql.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if row.ID, err = tx.insertID(ctx, `INSERT INTO audits (name, kind, description, created_at, template_json, template_sha256) VALUES (?,?,?,?,?,?)`,
			row.Name, row.Kind, row.Description, row.CreatedAt, row.TemplateJSON, row.TemplateSHA256); err != nil {
			return err
		}
		if _, err := appendTrail(ctx, tx, review.ActionAuditCreate, row.ID, fmt.Sprintf("audit:%d", row.ID),
			map[string]any{"audit": row.ID, "name": row.Name, "kind": row.Kind, "template_sha256": row.TemplateSHA256}, a.CreatedAt); err != nil {
			return err
		}
		return tx.Commit()
	}()
	if isUnique(err) {
		return review.Audit{}, &review.Error{Code: review.EConflict, Field: "name", Message: "an audit named " + a.Name + " already exists"}
	}
	if err != nil {
		return review.Audit{}, internal("create audit", err)
	}
	a, err = row.toAudit()
	return a, internal("create audit", err)
}

// SetAuditTemplate replaces an audit's criteria template, only while no judgement of any of
// its cases exists (checked in the write transaction): EConflict once scoring has begun.
func (s *Store) SetAuditTemplate(ctx context.Context, auditID int64, templateJSON []byte, sha string, at time.Time) error {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	var old string
	var scored int
	err = tx.QueryRowContext(ctx, `SELECT a.template_sha256, CASE WHEN EXISTS (SELECT 1 FROM scores sc JOIN sample_items i ON i.id = sc.sample_item_id
		JOIN samples sm ON sm.id = i.sample_id WHERE sm.audit_id = a.id) THEN 1 ELSE 0 END FROM audits a WHERE a.id = ?`, auditID).Scan(&old, &scored)
	if errors.Is(err, sql.ErrNoRows) {
		return &review.Error{Code: review.ENotFound, Field: "audit", Message: "no such audit"}
	}
	if err != nil {
		return internal("read audit", err)
	}
	if scored == 1 {
		return &review.Error{Code: review.EConflict, Field: "template", Message: "scoring has begun: an audit's criteria template cannot change once a case is judged"}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE audits SET template_json = ?, template_sha256 = ? WHERE id = ?`, string(templateJSON), sha, auditID); err != nil {
		return internal("write audit", err)
	}
	if _, err := appendTrail(ctx, tx, review.ActionAuditTemplate, auditID, fmt.Sprintf("audit:%d", auditID),
		map[string]any{"audit": auditID, "template_sha256_before": old, "template_sha256": sha}, at); err != nil {
		return err
	}
	return internal("commit", tx.Commit())
}

// Audits lists all audits, oldest first.
func (s *Store) Audits(ctx context.Context) ([]review.Audit, error) {
	var rows []auditRow
	if err := s.read.WithContext(ctx).Order("id").Find(&rows).Error; err != nil {
		return nil, internal("list audits", err)
	}
	out := make([]review.Audit, len(rows))
	for i, r := range rows {
		var err error
		if out[i], err = r.toAudit(); err != nil {
			return nil, internal("list audits", err)
		}
	}
	return out, nil
}

// AuditByName finds an audit by its exact name; ENotFound when there is none.
func (s *Store) AuditByName(ctx context.Context, name string) (review.Audit, error) {
	var row auditRow
	err := s.read.WithContext(ctx).Where("name = ?", name).First(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return review.Audit{}, &review.Error{Code: review.ENotFound, Field: "audit", Message: "no audit named " + name + " (see `tillsyn audit list`)"}
	}
	if err != nil {
		return review.Audit{}, internal("find audit", err)
	}
	a, err := row.toAudit()
	return a, internal("find audit", err)
}
