package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"time"

	"tillsyn/review"
)

// Decisions and requirements (migration 0014). Plain SQL with ? placeholders that SQLite and
// PostgreSQL both accept; the write pool's BEGIN IMMEDIATE makes each method's
// read-then-write safe.

const decisionCols = `id, audit_id, committee, status, rule, scope, findings, committee_findings, requirements, action_required, report_due,
	version, created_by, created_at, updated_by, updated_at, signed_by, signed_at, sha256`

func scanDecision(row interface{ Scan(...any) error }) (review.Decision, error) {
	var d review.Decision
	var status, rule, due, created, updated string
	var signed sql.NullString
	if err := row.Scan(&d.ID, &d.AuditID, &d.Committee, &status, &rule, &d.Scope, &d.Findings, &d.CommitteeFindings, &d.Requirements, &d.ActionRequired, &due,
		&d.Version, &d.CreatedBy, &created, &d.UpdatedBy, &updated, &d.SignedBy, &signed, &d.SHA256); err != nil {
		return d, err
	}
	d.Status, d.Rule = review.DecisionStatus(status), review.ActionRule(rule)
	if err := parseStamp(&d.ReportDue, "2006-01-02", due, "report due"); err != nil {
		return d, err
	}
	if err := parseStamp(&d.CreatedAt, time.RFC3339Nano, created, "decision created"); err != nil {
		return d, err
	}
	if err := parseStamp(&d.UpdatedAt, time.RFC3339Nano, updated, "decision updated"); err != nil {
		return d, err
	}
	if signed.Valid && signed.String != "" {
		if err := parseStamp(&d.SignedAt, time.RFC3339Nano, signed.String, "decision signed"); err != nil {
			return d, err
		}
	}
	return d, nil
}

func decisionNotFound() error {
	return &review.Error{Code: review.ENotFound, Message: "Beslutet finns inte."}
}

// CreateDecision stores a new draft decision.
func (s *Store) CreateDecision(ctx context.Context, d review.Decision) (review.Decision, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return d, internal("begin", err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM decisions WHERE audit_id = ? AND committee = ?`, d.AuditID, d.Committee).Scan(&n); err != nil {
		return d, internal("read decisions", err)
	}
	if n > 0 {
		return d, &review.Error{Code: review.EConflict, Message: fmt.Sprintf("%s har redan ett beslut i granskningen.", d.Committee)}
	}
	d.Version = 1
	err = tx.QueryRowContext(ctx, `INSERT INTO decisions (audit_id, committee, status, rule, scope, findings, committee_findings, requirements, action_required, report_due,
		version, created_by, created_at, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`,
		d.AuditID, d.Committee, string(review.DecisionDraft), string(d.Rule), d.Scope, d.Findings, d.CommitteeFindings, d.Requirements, d.ActionRequired,
		isoDate(d.ReportDue), d.Version, d.CreatedBy, d.CreatedAt.UTC().Format(time.RFC3339Nano), d.UpdatedBy, d.UpdatedAt.UTC().Format(time.RFC3339Nano)).Scan(&d.ID)
	if err != nil {
		return d, internal("create decision", err)
	}
	if _, err := appendTrail(ctx, tx, review.ActionDecisionDraft, d.AuditID, fmt.Sprintf("decision:%d", d.ID),
		map[string]any{"decision": d.ID, "action_required": d.ActionRequired, "report_due": isoDate(d.ReportDue), "sha256": d.ContentHash()}, d.CreatedAt); err != nil {
		return d, err
	}
	d.Status = review.DecisionDraft
	return d, internal("commit", tx.Commit())
}

// Decision returns one decision.
func (s *Store) Decision(ctx context.Context, id int64) (review.Decision, error) {
	d, err := scanDecision(s.rsql.QueryRowContext(ctx, `SELECT `+decisionCols+` FROM decisions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return d, decisionNotFound()
	}
	return d, internal("read decision", err)
}

// Decisions lists an audit's decisions by committee.
func (s *Store) Decisions(ctx context.Context, auditID int64) ([]review.Decision, error) {
	rows, err := s.rsql.QueryContext(ctx, `SELECT `+decisionCols+` FROM decisions WHERE audit_id = ? ORDER BY committee`, auditID)
	if err != nil {
		return nil, internal("read decisions", err)
	}
	defer rows.Close()
	var out []review.Decision
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, internal("read decisions", err)
		}
		out = append(out, d)
	}
	return out, internal("read decisions", rows.Err())
}

// UpdateDecision writes a draft at its version.
func (s *Store) UpdateDecision(ctx context.Context, d review.Decision) (review.Decision, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return d, internal("begin", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE decisions SET scope = ?, findings = ?, committee_findings = ?, requirements = ?, action_required = ?, report_due = ?,
		updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND status = ?`,
		d.Scope, d.Findings, d.CommitteeFindings, d.Requirements, d.ActionRequired, isoDate(d.ReportDue), d.UpdatedBy, d.UpdatedAt.UTC().Format(time.RFC3339Nano),
		d.ID, d.Version, string(review.DecisionDraft))
	if err != nil {
		return d, internal("update decision", err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return d, &review.Error{Code: review.EConflict, Message: "Beslutet har ändrats eller undertecknats sedan du öppnade det. Ladda om sidan; dina ändringar är inte sparade."}
	}
	d.Version++
	if _, err := appendTrail(ctx, tx, review.ActionDecisionEdit, d.AuditID, fmt.Sprintf("decision:%d", d.ID),
		map[string]any{"decision": d.ID, "version": d.Version, "action_required": d.ActionRequired, "report_due": isoDate(d.ReportDue), "sha256": d.ContentHash()}, d.UpdatedAt); err != nil {
		return d, err
	}
	return d, internal("commit", tx.Commit())
}

// SignDecision signs a draft and opens its requirement when it demands action.
func (s *Store) SignDecision(ctx context.Context, id int64, version int, by string, at time.Time, sha string) (review.Decision, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return review.Decision{}, internal("begin", err)
	}
	defer tx.Rollback()
	stamp := at.UTC().Format(time.RFC3339Nano)
	res, err := tx.ExecContext(ctx, `UPDATE decisions SET status = ?, signed_by = ?, signed_at = ?, sha256 = ?, version = version + 1 WHERE id = ? AND version = ? AND status = ?`,
		string(review.DecisionSigned), by, stamp, sha, id, version, string(review.DecisionDraft))
	if err != nil {
		return review.Decision{}, internal("sign decision", err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return review.Decision{}, &review.Error{Code: review.EConflict, Message: "Beslutet har ändrats eller undertecknats sedan du öppnade det."}
	}
	d, err := scanDecision(tx.QueryRowContext(ctx, `SELECT `+decisionCols+` FROM decisions WHERE id = ?`, id))
	if err != nil {
		return d, internal("read decision", err)
	}
	detail := map[string]any{"decision": d.ID, "sha256": sha, "action_required": d.ActionRequired}
	if d.ActionRequired {
		var rid int64
		if err := tx.QueryRowContext(ctx, `INSERT INTO requirements (decision_id, audit_id, committee, status, due_date, updated_by, updated_at) VALUES (?,?,?,?,?,?,?) RETURNING id`,
			d.ID, d.AuditID, d.Committee, string(review.ReqAwaitingReport), isoDate(d.ReportDue), by, stamp).Scan(&rid); err != nil {
			return d, internal("open requirement", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO requirement_events (requirement_id, status, due_date, by_user, at) VALUES (?,?,?,?,?)`,
			rid, string(review.ReqAwaitingReport), isoDate(d.ReportDue), by, stamp); err != nil {
			return d, internal("open requirement", err)
		}
		detail["requirement"], detail["due_date"] = rid, isoDate(d.ReportDue)
	}
	if _, err := appendTrail(ctx, tx, review.ActionDecisionSign, d.AuditID, fmt.Sprintf("decision:%d", d.ID), detail, at); err != nil {
		return d, err
	}
	return d, internal("commit", tx.Commit())
}

const requirementCols = `r.id, r.decision_id, r.audit_id, r.committee, r.status, r.due_date, r.version, r.updated_by, r.updated_at,
	coalesce((SELECT e.id FROM requirement_events e WHERE e.requirement_id = r.id AND e.file_name <> '' ORDER BY e.id DESC LIMIT 1), 0),
	coalesce((SELECT e.received_on FROM requirement_events e WHERE e.requirement_id = r.id AND e.file_name <> '' ORDER BY e.id DESC LIMIT 1), ''),
	coalesce((SELECT e.file_name FROM requirement_events e WHERE e.requirement_id = r.id AND e.file_name <> '' ORDER BY e.id DESC LIMIT 1), '')`

func scanRequirement(row interface{ Scan(...any) error }) (review.Requirement, error) {
	var r review.Requirement
	var status, due, updated, received string
	if err := row.Scan(&r.ID, &r.DecisionID, &r.AuditID, &r.Committee, &status, &due, &r.Version, &r.UpdatedBy, &updated, &r.ReportEventID, &received, &r.ReportName); err != nil {
		return r, err
	}
	r.Status = review.RequirementStatus(status)
	if err := parseStamp(&r.DueDate, "2006-01-02", due, "due date"); err != nil {
		return r, err
	}
	if err := parseStamp(&r.UpdatedAt, time.RFC3339Nano, updated, "requirement updated"); err != nil {
		return r, err
	}
	if received != "" {
		if err := parseStamp(&r.ReportReceivedOn, "2006-01-02", received, "report received"); err != nil {
			return r, err
		}
	}
	return r, nil
}

// Requirements lists requirements by committee (auditID 0: every audit's).
func (s *Store) Requirements(ctx context.Context, auditID int64) ([]review.Requirement, error) {
	q := `SELECT ` + requirementCols + ` FROM requirements r`
	var args []any
	if auditID > 0 {
		q += ` WHERE r.audit_id = ?`
		args = append(args, auditID)
	}
	rows, err := s.rsql.QueryContext(ctx, q+` ORDER BY r.audit_id, r.committee`, args...)
	if err != nil {
		return nil, internal("read requirements", err)
	}
	defer rows.Close()
	var out []review.Requirement
	for rows.Next() {
		r, err := scanRequirement(rows)
		if err != nil {
			return nil, internal("read requirements", err)
		}
		out = append(out, r)
	}
	return out, internal("read requirements", rows.Err())
}

// Requirement returns one requirement with its history (without files).
func (s *Store) Requirement(ctx context.Context, id int64) (review.Requirement, []review.RequirementEvent, error) {
	r, err := scanRequirement(s.rsql.QueryRowContext(ctx, `SELECT `+requirementCols+` FROM requirements r WHERE r.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, nil, &review.Error{Code: review.ENotFound, Message: "Kravet finns inte."}
	}
	if err != nil {
		return r, nil, internal("read requirement", err)
	}
	rows, err := s.rsql.QueryContext(ctx, `SELECT id, requirement_id, status, due_date, received_on, note, file_name, file_sha256, by_user, at FROM requirement_events WHERE requirement_id = ? ORDER BY id`, id)
	if err != nil {
		return r, nil, internal("read requirement history", err)
	}
	defer rows.Close()
	var evs []review.RequirementEvent
	for rows.Next() {
		ev, err := scanRequirementEvent(rows)
		if err != nil {
			return r, nil, internal("read requirement history", err)
		}
		evs = append(evs, ev)
	}
	return r, evs, internal("read requirement history", rows.Err())
}

func scanRequirementEvent(row interface{ Scan(...any) error }, extra ...any) (review.RequirementEvent, error) {
	var ev review.RequirementEvent
	var status, due, received, at string
	if err := row.Scan(append([]any{&ev.ID, &ev.RequirementID, &status, &due, &received, &ev.Note, &ev.FileName, &ev.FileSHA256, &ev.By, &at}, extra...)...); err != nil {
		return ev, err
	}
	ev.Status = review.RequirementStatus(status)
	for _, x := range []struct {
		s   string
		dst *time.Time
	}{{due, &ev.DueDate}, {received, &ev.ReceivedOn}} {
		if x.s != "" {
			if err := parseStamp(x.dst, "2006-01-02", x.s, "requirement date"); err != nil {
				return ev, err
			}
		}
	}
	return ev, parseStamp(&ev.At, time.RFC3339Nano, at, "requirement event")
}

// UpdateRequirement moves a requirement at version to ev.Status and records ev.
func (s *Store) UpdateRequirement(ctx context.Context, id int64, version int, ev review.RequirementEvent) (review.Requirement, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return review.Requirement{}, internal("begin", err)
	}
	defer tx.Rollback()
	stamp := ev.At.UTC().Format(time.RFC3339Nano)
	q := `UPDATE requirements SET status = ?, updated_by = ?, updated_at = ?, version = version + 1`
	args := []any{string(ev.Status), ev.By, stamp}
	if !ev.DueDate.IsZero() {
		q += `, due_date = ?`
		args = append(args, isoDate(ev.DueDate))
	}
	res, err := tx.ExecContext(ctx, q+` WHERE id = ? AND version = ?`, append(args, id, version)...)
	if err != nil {
		return review.Requirement{}, internal("update requirement", err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return review.Requirement{}, &review.Error{Code: review.EConflict, Message: "Kravet har ändrats sedan du öppnade det. Ladda om sidan."}
	}
	var due, received string
	if !ev.DueDate.IsZero() {
		due = isoDate(ev.DueDate)
	}
	if !ev.ReceivedOn.IsZero() {
		received = isoDate(ev.ReceivedOn)
	}
	var data any
	if ev.FileData != nil {
		data = ev.FileData
	}
	var eid int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO requirement_events (requirement_id, status, due_date, received_on, note, file_name, file_sha256, file_data, by_user, at)
		VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id`, id, string(ev.Status), due, received, ev.Note, ev.FileName, ev.FileSHA256, data, ev.By, stamp).Scan(&eid); err != nil {
		return review.Requirement{}, internal("record requirement event", err)
	}
	r, err := scanRequirement(tx.QueryRowContext(ctx, `SELECT `+requirementCols+` FROM requirements r WHERE r.id = ?`, id))
	if err != nil {
		return r, internal("read requirement", err)
	}
	detail := map[string]any{"requirement": id, "event": eid, "status": string(ev.Status)}
	if due != "" {
		detail["due_date"] = due
	}
	if received != "" {
		detail["received_on"], detail["file_sha256"] = received, ev.FileSHA256
	}
	if _, err := appendTrail(ctx, tx, review.ActionRequirement, r.AuditID, fmt.Sprintf("requirement:%d", id), detail, ev.At); err != nil {
		return r, err
	}
	return r, internal("commit", tx.Commit())
}

// RequirementReport returns a received report's file.
func (s *Store) RequirementReport(ctx context.Context, eventID int64) (review.RequirementEvent, error) {
	var data []byte
	ev, err := scanRequirementEvent(s.rsql.QueryRowContext(ctx, `SELECT id, requirement_id, status, due_date, received_on, note, file_name, file_sha256, by_user, at, file_data
		FROM requirement_events WHERE id = ? AND file_name <> ''`, eventID), &data)
	if errors.Is(err, sql.ErrNoRows) {
		return ev, &review.Error{Code: review.ENotFound, Message: "Filen finns inte."}
	}
	ev.FileData = data
	return ev, internal("read report", err)
}
