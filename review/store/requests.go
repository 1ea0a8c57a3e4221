package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"tillsyn/review"
)

// trailLetter is a letter's trail event: no diarienummer, the content only by its hash.
type trailLetter struct {
	Letter    int64  `json:"letter"`
	Committee string `json:"committee"`
	Kind      string `json:"kind"`
	Deadline  string `json:"deadline"`
	SHA256    string `json:"sha256"`
	Link      int64  `json:"link"`
	Revoked   int64  `json:"links_revoked"`
	Expires   string `json:"link_expires"`
}

// CreateLetter stores a letter and its upload link, revoking the committee's earlier live
// links in the audit, and appends the trail event, in one transaction.
func (s *Store) CreateLetter(ctx context.Context, l review.Letter, t review.UploadToken) (review.Letter, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return l, internal("begin", err)
	}
	defer tx.Rollback()
	at := l.CreatedAt.UTC().Format(time.RFC3339Nano)
	var revoked int64
	if t.Hash != "" { // a letter by post (no link) leaves the committee's links as they are
		res, err := tx.ExecContext(ctx, `UPDATE upload_tokens SET revoked_at = ?, revoked_by = ? WHERE audit_id = ? AND committee = ? AND revoked_at = ''`,
			at, l.CreatedBy, t.AuditID, t.Committee)
		if err != nil {
			return l, internal("revoke earlier links", err)
		}
		revoked, _ = res.RowsAffected()
		l.TokenID, err = tx.insertID(ctx, `INSERT INTO upload_tokens (audit_id, committee, token_hash, created_by, created_at, expires_at) VALUES (?,?,?,?,?,?)`,
			t.AuditID, t.Committee, t.Hash, t.CreatedBy, t.CreatedAt.UTC().Format(time.RFC3339Nano), t.ExpiresAt.UTC().Format(time.RFC3339Nano))
		if err != nil {
			return l, internal("store upload link", err)
		}
	}
	l.ID, err = tx.insertID(ctx, `INSERT INTO request_letters (audit_id, committee, kind, deadline, created_by, created_at, sha256, content, token_id) VALUES (?,?,?,?,?,?,?,?,?)`,
		l.AuditID, l.Committee, l.Kind, l.Deadline.Format("2006-01-02"), l.CreatedBy, at, l.SHA256, string(l.Content), l.TokenID)
	if err != nil {
		return l, internal("store letter", err)
	}
	if _, err := appendTrail(actorOr(ctx, l.CreatedBy), tx, review.ActionLetter, l.AuditID, fmt.Sprintf("letter:%d", l.ID),
		trailLetter{Letter: l.ID, Committee: l.Committee, Kind: l.Kind, Deadline: l.Deadline.Format("2006-01-02"), SHA256: l.SHA256,
			Link: l.TokenID, Revoked: revoked, Expires: linkExpiry(t)}, l.CreatedAt); err != nil {
		return l, err
	}
	return l, internal("commit", tx.Commit())
}

const letterCols = `id, audit_id, committee, kind, deadline, created_by, created_at, sha256, token_id`

func scanLetter(sc interface{ Scan(...any) error }, l *review.Letter, extra ...any) error {
	var deadline, at string
	if err := sc.Scan(append([]any{&l.ID, &l.AuditID, &l.Committee, &l.Kind, &deadline, &l.CreatedBy, &at, &l.SHA256, &l.TokenID}, extra...)...); err != nil {
		return err
	}
	if err := parseStamp(&l.Deadline, "2006-01-02", deadline, "letter deadline"); err != nil {
		return err
	}
	return parseStamp(&l.CreatedAt, time.RFC3339Nano, at, "letter time")
}

// Letters lists an audit's letters without their content, oldest first.
func (s *Store) Letters(ctx context.Context, auditID int64) ([]review.Letter, error) {
	var out []review.Letter
	err := eachRow(ctx, s.rsql, `SELECT `+letterCols+` FROM request_letters WHERE audit_id = ? ORDER BY id`, func(r *sql.Rows) error {
		var l review.Letter
		if err := scanLetter(r, &l); err != nil {
			return err
		}
		out = append(out, l)
		return nil
	}, auditID)
	return out, err
}

// Letter returns one letter with its content.
func (s *Store) Letter(ctx context.Context, id int64) (review.Letter, error) {
	var l review.Letter
	var content string
	err := scanLetter(s.rsql.QueryRowContext(ctx, `SELECT `+letterCols+`, content FROM request_letters WHERE id = ?`, id), &l, &content)
	if errors.Is(err, sql.ErrNoRows) {
		return l, &review.Error{Code: review.ENotFound, Message: "no such letter"}
	}
	if err != nil {
		return l, internal("read letter", err)
	}
	l.Content = []byte(content)
	return l, nil
}

const tokenCols = `id, audit_id, committee, token_hash, created_by, created_at, expires_at, revoked_at, revoked_by`

func scanToken(sc interface{ Scan(...any) error }, t *review.UploadToken) error {
	var created, expires, revoked string
	if err := sc.Scan(&t.ID, &t.AuditID, &t.Committee, &t.Hash, &t.CreatedBy, &created, &expires, &revoked, &t.RevokedBy); err != nil {
		return err
	}
	if err := parseStamp(&t.CreatedAt, time.RFC3339Nano, created, "link time"); err != nil {
		return err
	}
	if err := parseStamp(&t.ExpiresAt, time.RFC3339Nano, expires, "link expiry"); err != nil {
		return err
	}
	if revoked != "" {
		return parseStamp(&t.RevokedAt, time.RFC3339Nano, revoked, "link revocation")
	}
	return nil
}

// UploadTokenByHash finds a link by its token's hash.
func (s *Store) UploadTokenByHash(ctx context.Context, hash string) (review.UploadToken, error) {
	var t review.UploadToken
	err := scanToken(s.rsql.QueryRowContext(ctx, `SELECT `+tokenCols+` FROM upload_tokens WHERE token_hash = ?`, hash), &t)
	if errors.Is(err, sql.ErrNoRows) {
		return t, &review.Error{Code: review.ENotFound, Message: "no such upload link"}
	}
	return t, internal("read upload link", err)
}

// UploadTokens lists an audit's links, oldest first.
func (s *Store) UploadTokens(ctx context.Context, auditID int64) ([]review.UploadToken, error) {
	var out []review.UploadToken
	err := eachRow(ctx, s.rsql, `SELECT `+tokenCols+` FROM upload_tokens WHERE audit_id = ? ORDER BY id`, func(r *sql.Rows) error {
		var t review.UploadToken
		if err := scanToken(r, &t); err != nil {
			return err
		}
		out = append(out, t)
		return nil
	}, auditID)
	return out, err
}

// RevokeUploadToken ends a link; EConflict when it was revoked already.
func (s *Store) RevokeUploadToken(ctx context.Context, id int64, by string, at time.Time) error {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	var auditID int64
	var committee string
	if err := tx.QueryRowContext(ctx, `SELECT audit_id, committee FROM upload_tokens WHERE id = ?`, id).Scan(&auditID, &committee); errors.Is(err, sql.ErrNoRows) {
		return &review.Error{Code: review.ENotFound, Message: "no such upload link"}
	} else if err != nil {
		return internal("read upload link", err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE upload_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at = ''`, at.UTC().Format(time.RFC3339Nano), by, id)
	if err != nil {
		return internal("revoke upload link", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return &review.Error{Code: review.EConflict, Message: "the link was revoked already"}
	}
	if _, err := appendTrail(actorOr(ctx, by), tx, review.ActionUploadRevoke, auditID, fmt.Sprintf("link:%d", id),
		struct {
			Link      int64  `json:"link"`
			Committee string `json:"committee"`
		}{id, committee}, at); err != nil {
		return err
	}
	return internal("commit", tx.Commit())
}

// RecordUpload records a received or refused file with its trail event.
func (s *Store) RecordUpload(ctx context.Context, u review.Upload) (int64, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return 0, internal("begin", err)
	}
	defer tx.Rollback()
	id, err := tx.insertID(ctx, `INSERT INTO uploads (audit_id, committee, sample_item_id, token_id, file_name, sha256, size, status, detail, uploaded_at) VALUES (?,?,?,?,?,?,?,?,?,?)`,
		u.AuditID, u.Committee, u.SampleItemID, u.TokenID, u.File, u.SHA256, u.Size, u.Status, u.Detail, u.At.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return 0, internal("record upload", err)
	}
	if _, err := appendTrail(actorOr(ctx, fmt.Sprintf("link:%d", u.TokenID)), tx, review.ActionUpload, u.AuditID, fmt.Sprintf("item:%d", u.SampleItemID),
		struct {
			Upload int64  `json:"upload"`
			Link   int64  `json:"link"`
			SHA256 string `json:"sha256"`
			Size   int64  `json:"size"`
			Status string `json:"status"`
		}{id, u.TokenID, u.SHA256, u.Size, u.Status}, u.At); err != nil {
		return 0, err
	}
	return id, internal("commit", tx.Commit())
}

// Uploads lists an audit's uploads, oldest first.
func (s *Store) Uploads(ctx context.Context, auditID int64) ([]review.Upload, error) {
	var out []review.Upload
	err := eachRow(ctx, s.rsql, `SELECT id, audit_id, committee, sample_item_id, token_id, file_name, sha256, size, status, detail, uploaded_at FROM uploads WHERE audit_id = ? ORDER BY id`, func(r *sql.Rows) error {
		var u review.Upload
		var at string
		if err := r.Scan(&u.ID, &u.AuditID, &u.Committee, &u.SampleItemID, &u.TokenID, &u.File, &u.SHA256, &u.Size, &u.Status, &u.Detail, &at); err != nil {
			return err
		}
		out = append(out, u)
		return parseStamp(&out[len(out)-1].At, time.RFC3339Nano, at, "upload time")
	}, auditID)
	return out, err
}

// ItemsWithPDFs is the set of a sample's items with at least one readable PDF (status ok or
// no_text): a corrupt, encrypted or unreadable file is no delivery.
func (s *Store) ItemsWithPDFs(ctx context.Context, sampleID int64) (map[int64]bool, error) {
	out := map[int64]bool{}
	err := eachRow(ctx, s.rsql, `SELECT DISTINCT d.sample_item_id FROM documents d JOIN sample_items i ON i.id = d.sample_item_id WHERE i.sample_id = ? AND d.status IN (?, ?)`, func(r *sql.Rows) error {
		var id int64
		if err := r.Scan(&id); err != nil {
			return err
		}
		out[id] = true
		return nil
	}, sampleID, string(review.DocOK), string(review.DocNoText))
	return out, err
}

// ReceiveUpload stores what one upload brought to one case, all of it in one transaction:
// see review.RequestStore. Nothing already stored is replaced or deleted.
func (s *Store) ReceiveUpload(ctx context.Context, itemID int64, files []review.ReceivedFile) ([]review.Upload, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal("begin", err)
	}
	defer tx.Rollback()
	var judged int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM scores WHERE sample_item_id = ? AND submitted = ?`, itemID, true).Scan(&judged); err != nil {
		return nil, internal("read scores", err)
	}
	if judged > 0 {
		return nil, review.ErrCaseJudged()
	}
	var auditID int64
	if err := tx.QueryRowContext(ctx, `SELECT s.audit_id FROM sample_items i JOIN samples s ON s.id = i.sample_id WHERE i.id = ?`, itemID).Scan(&auditID); err != nil {
		return nil, internal("read sample item", err)
	}
	names, shas := map[string]bool{}, map[string]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT file_name, sha256, status FROM documents WHERE sample_item_id = ?`, itemID)
	if err != nil {
		return nil, internal("read documents", err)
	}
	for rows.Next() {
		var name, sha, status string
		if err := rows.Scan(&name, &sha, &status); err != nil {
			rows.Close()
			return nil, internal("read documents", err)
		}
		names[name] = true
		if status != string(review.DocTimeout) && status != string(review.DocFailed) {
			shas[sha] = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, internal("read documents", err)
	}
	var out []review.Upload
	for _, f := range files {
		u := f.Upload
		if d := f.Document; d != nil {
			if shas[d.SHA256] {
				u.Status, u.Detail = review.UploadUnchanged, ""
			} else {
				d.File = review.FreeName(d.File, names)
				u.File = d.File
				if err := insertDocument(ctx, tx, auditID, *d); err != nil {
					return nil, err
				}
				shas[d.SHA256] = true
			}
		}
		u.ID, err = tx.insertID(ctx, `INSERT INTO uploads (audit_id, committee, sample_item_id, token_id, file_name, sha256, size, status, detail, uploaded_at) VALUES (?,?,?,?,?,?,?,?,?,?)`,
			u.AuditID, u.Committee, u.SampleItemID, u.TokenID, u.File, u.SHA256, u.Size, u.Status, u.Detail, u.At.UTC().Format(time.RFC3339Nano))
		if err != nil {
			return nil, internal("record upload", err)
		}
		if _, err := appendTrail(actorOr(ctx, fmt.Sprintf("link:%d", u.TokenID)), tx, review.ActionUpload, u.AuditID, fmt.Sprintf("item:%d", u.SampleItemID),
			struct {
				Upload int64  `json:"upload"`
				Link   int64  `json:"link"`
				SHA256 string `json:"sha256"`
				Size   int64  `json:"size"`
				Status string `json:"status"`
			}{u.ID, u.TokenID, u.SHA256, u.Size, u.Status}, u.At); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, internal("commit", tx.Commit())
}

// insertDocument adds a document and its pages (never replacing one) with its trail event.
func insertDocument(ctx context.Context, tx *sqlTx, auditID int64, d review.CaseDocument) error {
	id, err := tx.insertID(ctx, `INSERT INTO documents (sample_item_id, file_name, sha256, size, status, error, producer, num_pages, pages_without_text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)`,
		d.SampleItemID, d.File, d.SHA256, d.Size, string(d.Status), d.Error, d.Producer, d.NumPages, intsToText(d.PagesWithoutText), d.IngestedAt.UTC().Format(tsFormat))
	if err != nil {
		return internal("write document", err)
	}
	if _, err := appendTrail(ctx, tx, review.ActionDocument, auditID, fmt.Sprintf("item:%d", d.SampleItemID),
		map[string]any{"item": d.SampleItemID, "document": id, "replaced": 0, "sha256": d.SHA256, "status": d.Status, "pages": d.NumPages}, d.IngestedAt); err != nil {
		return err
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO pages (document_id, number, text, engine) VALUES (?,?,?,?)`)
	if err != nil {
		return internal("write pages", err)
	}
	defer st.Close()
	for _, p := range d.Pages {
		if _, err := st.ExecContext(ctx, id, p.Number, pageText(p.Text), p.Engine); err != nil {
			return internal("write pages", err)
		}
	}
	return nil
}

// linkExpiry is when a letter's link expires, as the trail records it ("" for a letter by
// post, which has none).
func linkExpiry(t review.UploadToken) string {
	if t.Hash == "" {
		return ""
	}
	return t.ExpiresAt.UTC().Format(time.RFC3339)
}
