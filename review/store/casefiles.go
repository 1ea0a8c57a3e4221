package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"tillsyn/review"
)

// tsFormat is a fixed-width UTC timestamp, so that stored times compare as text.
const tsFormat = "2006-01-02T15:04:05.000000000Z"

// DocumentKnown reports whether the item has this file name with this content already.
func (s *Store) DocumentKnown(ctx context.Context, itemID int64, fileName, sha string) (bool, error) {
	var n int
	err := s.rsql.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE sample_item_id = ? AND file_name = ? AND sha256 = ? AND status NOT IN ('timeout', 'failed')`, itemID, fileName, sha).Scan(&n)
	return n > 0, internal("read documents", err)
}

// CaseFilesVersion is the item's files_version, which the triggers of migration 0008 count
// up on every change of its documents or screening, by any process.
func (s *Store) CaseFilesVersion(ctx context.Context, itemID int64) (string, error) {
	var v string
	err := s.rsql.QueryRowContext(ctx, `SELECT `+caseFilesVersion+` FROM sample_items i WHERE i.id = ?`, itemID).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, internal("read documents", err)
}

// caseFilesVersion is the expression of CaseFilesVersion for the item i.
const caseFilesVersion = `CAST(i.files_version AS TEXT)`

// ScreeningDue reports whether an item's screening is missing or older than its documents.
func (s *Store) ScreeningDue(ctx context.Context, itemID int64, rulesVersion string) (bool, error) {
	var due bool // an integer on SQLite, a boolean on PostgreSQL
	err := s.rsql.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents d WHERE d.sample_item_id = ?1
		AND (d.ingested_at > COALESCE((SELECT screened_at FROM screenings WHERE sample_item_id = ?1), '')
		  OR COALESCE((SELECT rules_version FROM screenings WHERE sample_item_id = ?1), '') <> ?2))`, itemID, rulesVersion).Scan(&due)
	return due, internal("read screening", err)
}

// CommitteesWithDiarienummer lists the committees that have a case with this key.
func (s *Store) CommitteesWithDiarienummer(ctx context.Context, auditID int64, key string) ([]string, error) {
	rows, err := s.rsql.QueryContext(ctx, `SELECT DISTINCT committee FROM cases WHERE audit_id = ? AND dnr_key = ? ORDER BY committee`, auditID, key)
	if err != nil {
		return nil, internal("read cases", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, internal("read cases", err)
		}
		out = append(out, c)
	}
	return out, internal("read cases", rows.Err())
}

func intsToText(xs []int) string {
	var b []string
	for _, x := range xs {
		b = append(b, strconv.Itoa(x))
	}
	return strings.Join(b, ",")
}

func textToInts(s string) []int {
	var out []int
	for _, p := range strings.Split(s, ",") {
		if n, err := strconv.Atoi(p); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// SaveDocument stores a document and its pages, replacing an earlier document of the same
// item and file name (its pages leave the full-text index too).
func (s *Store) SaveDocument(ctx context.Context, d review.CaseDocument) (int64, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return 0, internal("begin", err)
	}
	defer tx.Rollback()
	var old int64
	err = tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE sample_item_id = ? AND file_name = ?`, d.SampleItemID, d.File).Scan(&old)
	if err == nil {
		if _, err := tx.ExecContext(ctx, `DELETE FROM pages WHERE document_id = ?`, old); err != nil {
			return 0, internal("replace document", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, old); err != nil {
			return 0, internal("replace document", err)
		}
	} else if !errors.Is(err, sql.ErrNoRows) {
		return 0, internal("read documents", err)
	}
	id, err := tx.insertID(ctx, `INSERT INTO documents (sample_item_id, file_name, sha256, size, status, error, producer, num_pages, pages_without_text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)`,
		d.SampleItemID, d.File, d.SHA256, d.Size, string(d.Status), d.Error, d.Producer, d.NumPages, intsToText(d.PagesWithoutText), d.IngestedAt.UTC().Format(tsFormat))
	if err != nil {
		return 0, internal("write document", err)
	}
	var auditID int64
	if err := tx.QueryRowContext(ctx, `SELECT s.audit_id FROM sample_items i JOIN samples s ON s.id = i.sample_id WHERE i.id = ?`, d.SampleItemID).Scan(&auditID); err != nil {
		return 0, internal("read sample item", err)
	}
	if _, err := appendTrail(ctx, tx, review.ActionDocument, auditID, fmt.Sprintf("item:%d", d.SampleItemID),
		map[string]any{"item": d.SampleItemID, "document": id, "replaced": old, "sha256": d.SHA256, "status": d.Status, "pages": d.NumPages}, d.IngestedAt); err != nil {
		return 0, err
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO pages (document_id, number, text, engine) VALUES (?,?,?,?)`)
	if err != nil {
		return 0, internal("write pages", err)
	}
	defer st.Close()
	for _, p := range d.Pages {
		if _, err := st.ExecContext(ctx, id, p.Number, pageText(p.Text), p.Engine); err != nil {
			return 0, internal("write pages", err)
		}
	}
	return id, internal("commit document", tx.Commit())
}

const docCols = `id, sample_item_id, file_name, sha256, size, status, error, producer, num_pages, pages_without_text, ingested_at`

func scanDocument(sc interface{ Scan(...any) error }) (review.CaseDocument, error) {
	var d review.CaseDocument
	var status, pwt, at string
	if err := sc.Scan(&d.ID, &d.SampleItemID, &d.File, &d.SHA256, &d.Size, &status, &d.Error, &d.Producer, &d.NumPages, &pwt, &at); err != nil {
		return d, err
	}
	d.Status, d.PagesWithoutText = review.DocStatus(status), textToInts(pwt)
	return d, parseStamp(&d.IngestedAt, tsFormat, at, "document ingested_at")
}

// ItemsWithDocuments: see review.CaseFileStore.
func (s *Store) ItemsWithDocuments(ctx context.Context, sampleID int64) (map[int64]bool, error) {
	rows, err := s.rsql.QueryContext(ctx, `SELECT DISTINCT d.sample_item_id FROM documents d JOIN sample_items i ON i.id = d.sample_item_id WHERE i.sample_id = ?`, sampleID)
	if err != nil {
		return nil, internal("read documents", err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, internal("read documents", err)
		}
		out[id] = true
	}
	return out, internal("read documents", rows.Err())
}

// Documents lists an item's documents with their pages, by file name.
func (s *Store) Documents(ctx context.Context, itemID int64) ([]review.CaseDocument, error) {
	tx, err := s.rsql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, internal("begin", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+docCols+` FROM documents WHERE sample_item_id = ? ORDER BY file_name`, itemID)
	if err != nil {
		return nil, internal("read documents", err)
	}
	var docs []review.CaseDocument
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			rows.Close()
			return nil, internal("read documents", err)
		}
		docs = append(docs, d)
	}
	// an error half-way must not pass for the end of the list (a document silently missing)
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, internal("read documents", err)
	}
	rows.Close()
	for i := range docs {
		prows, err := tx.QueryContext(ctx, `SELECT number, text, engine FROM pages WHERE document_id = ? ORDER BY number`, docs[i].ID)
		if err != nil {
			return nil, internal("read pages", err)
		}
		for prows.Next() {
			var p review.PageText
			if err := prows.Scan(&p.Number, &p.Text, &p.Engine); err != nil {
				prows.Close()
				return nil, internal("read pages", err)
			}
			docs[i].Pages = append(docs[i].Pages, p)
		}
		if err := prows.Err(); err != nil {
			prows.Close()
			return nil, internal("read pages", err)
		}
		prows.Close()
	}
	return docs, nil
}

// Document returns one document without its pages.
func (s *Store) Document(ctx context.Context, docID int64) (review.CaseDocument, error) {
	d, err := scanDocument(s.rsql.QueryRowContext(ctx, `SELECT `+docCols+` FROM documents WHERE id = ?`, docID))
	if errors.Is(err, sql.ErrNoRows) {
		return d, &review.Error{Code: review.ENotFound, Message: "no such document"}
	}
	return d, internal("read document", err)
}

// SaveScreening stores the latest screening of an item.
func (s *Store) SaveScreening(ctx context.Context, itemID int64, reviewDate string, sc review.Screening, at time.Time) error {
	b, err := json.Marshal(sc)
	if err != nil {
		return internal("encode screening", err)
	}
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO screenings (sample_item_id, rules_version, review_date, result_json, screened_at) VALUES (?,?,?,?,?)
		ON CONFLICT (sample_item_id) DO UPDATE SET rules_version = excluded.rules_version, review_date = excluded.review_date, result_json = excluded.result_json, screened_at = excluded.screened_at`,
		itemID, sc.RulesVersion, reviewDate, string(b), at.UTC().Format(tsFormat)); err != nil {
		return internal("write screening", err)
	}
	return internal("commit screening", tx.Commit())
}

// Screening returns the latest screening of an item; false when there is none.
func (s *Store) Screening(ctx context.Context, itemID int64) (review.Screening, bool, error) {
	var js string
	err := s.rsql.QueryRowContext(ctx, `SELECT result_json FROM screenings WHERE sample_item_id = ?`, itemID).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
		return review.Screening{}, false, nil
	}
	if err != nil {
		return review.Screening{}, false, internal("read screening", err)
	}
	var sc review.Screening
	if err := json.Unmarshal([]byte(js), &sc); err != nil {
		return sc, false, internal("decode screening", err)
	}
	return sc, true, nil
}

// SearchPages runs an FTS5 query over the page text of the audit's active sample.
func (s *Store) SearchPages(ctx context.Context, auditID int64, query string, committees []string, limit int) ([]review.SearchHit, error) {
	q := `SELECT i.id, i.committee, i.diarienummer, d.id, d.file_name, p.number,
		snippet(pages_fts, 0, '«', '»', '…', 24)
		FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid JOIN documents d ON d.id = p.document_id
		JOIN sample_items i ON i.id = d.sample_item_id JOIN samples s ON s.id = i.sample_id
		WHERE pages_fts MATCH ? AND s.audit_id = ? AND s.active = 1`
	args := []any{query, auditID}
	if s.pg {
		tsq, ok := ftsToTsquery(query)
		if !ok {
			return nil, &review.Error{Code: review.EInvalid, Field: "q", Message: "sökfrågan kunde inte tolkas"}
		}
		// PostgreSQL's full-text search with the swedish configuration (stemming), the same
		// query: every word must occur, as a prefix; ranked by ts_rank
		q = `SELECT i.id, i.committee, i.diarienummer, d.id, d.file_name, p.number,
		ts_headline('swedish', p.text, q.q, 'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…')
		FROM to_tsquery('swedish', ?) AS q (q), pages p JOIN documents d ON d.id = p.document_id
		JOIN sample_items i ON i.id = d.sample_item_id JOIN samples s ON s.id = i.sample_id
		WHERE p.tsv @@ q.q AND s.audit_id = ? AND s.active = 1`
		args = []any{tsq, auditID}
	}
	if committees != nil {
		q += ` AND i.committee IN (` + strings.TrimSuffix(strings.Repeat("?,", len(committees)), ",") + `)`
		for _, c := range committees {
			args = append(args, c)
		}
	}
	if s.pg {
		q += ` ORDER BY ts_rank(p.tsv, q.q) DESC, p.id LIMIT ?`
	} else {
		q += ` ORDER BY rank LIMIT ?`
	}
	args = append(args, limit)
	rows, err := s.rsql.QueryContext(ctx, q, args...)
	if err != nil {
		if strings.Contains(err.Error(), "fts5: syntax error") {
			return nil, &review.Error{Code: review.EInvalid, Field: "q", Message: "sökfrågan kunde inte tolkas"}
		}
		return nil, internal("search", err)
	}
	defer rows.Close()
	var out []review.SearchHit
	for rows.Next() {
		var h review.SearchHit
		if err := rows.Scan(&h.ItemID, &h.Committee, &h.Diarienummer, &h.DocumentID, &h.File, &h.Page, &h.Snippet); err != nil {
			return nil, internal("search", err)
		}
		out = append(out, h)
	}
	return out, internal("search", rows.Err())
}

// ftsToTsquery turns the FTS5 query the service builds (`"word"* AND "word"*`: each word
// must occur, as a prefix) into PostgreSQL's tsquery syntax ('word':* & 'word':*). A word
// with hyphens is its parts, each a prefix. ok is false for anything else.
func ftsToTsquery(q string) (string, bool) {
	var parts []string
	for _, t := range strings.Split(q, " AND ") {
		if len(t) < 4 || t[0] != '"' || !strings.HasSuffix(t, `"*`) {
			return "", false
		}
		w := t[1 : len(t)-2]
		for _, p := range strings.Split(w, "-") {
			if p == "" {
				continue
			}
			if strings.ContainsAny(p, `'\:&|!()<> `) {
				return "", false
			}
			parts = append(parts, "'"+p+"':*")
		}
	}
	if len(parts) == 0 {
		return "", false
	}
	return strings.Join(parts, " & "), true
}

// pageText is page text as both engines store it: valid UTF-8 (a broken sequence becomes
// U+FFFD) without NUL characters, which PostgreSQL's text refuses and no reader needs.
func pageText(t string) string {
	if utf8.ValidString(t) && !strings.ContainsRune(t, 0) {
		return t
	}
	return strings.ReplaceAll(strings.ToValidUTF8(t, "\uFFFD"), "\x00", "")
}
