package store

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"tillsyn/review"
)

// The bound columns of a bulk insert; audit_id and import_file_id are integer literals in the
// statement (prepared once per file), which saves two bindings per row.
const caseCols = "committee, diarienummer, dnr_key, person, birth_year, intervention, legal_basis, decision_date, end_date, case_officer, age, source_line, planned_follow_up, follow_up_done, closing_reason"
const nCaseCols = 15
const batchRows = 256

// ImportCases runs fn in one write transaction (BEGIN IMMEDIATE) on a dedicated connection,
// inserting the cases it puts with prepared multi-row statements straight on the SQLite driver
// (database/sql's per-argument conversion cost a third of a million-row import), then the
// import log. The transaction commits only when fn returns no error.
func (s *Store) ImportCases(ctx context.Context, auditID int64, fn func(w review.CaseWriter) (review.ImportLog, error)) (err error) {
	conn, err := s.wsql.Conn(ctx)
	if err != nil {
		return internal("begin import", err)
	}
	defer conn.Close()
	begin := "BEGIN IMMEDIATE"
	if s.pg {
		begin = "BEGIN"
	}
	if _, err := conn.ExecContext(ctx, begin); err != nil {
		return internal("begin import", err)
	}
	committed := false
	defer func() {
		if !committed {
			// a failed ROLLBACK leaves a broken connection: drop it from the pool
			if _, rerr := conn.ExecContext(context.Background(), "ROLLBACK"); rerr != nil {
				conn.Raw(func(any) error { return driver.ErrBadConn })
			}
		}
	}()
	tx := conn
	w := &caseWriter{ctx: ctx, tx: conn, pg: s.pg, auditID: auditID, fileIDs: map[string]int64{}, names: map[string]int64{}}
	if s.pg { // the writer's turn, see dialect.go
		if _, err := conn.ExecContext(ctx, takeWritersTurn); err != nil {
			return internal("begin import", err)
		}
		// The import gives the cases their ids itself, as SQLite does (the largest id so far
		// plus one, row by row): no nextval per row, and the same ids on both engines. Only
		// the import writes cases, and it holds the writer's turn, so no other transaction
		// can take an id meanwhile.
		if err := conn.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM cases`).Scan(&w.lastID); err != nil {
			return internal("begin import", err)
		}
	}
	firstID := w.lastID
	defer w.closeStmt()
	log, err := fn(w)
	if err != nil {
		return err
	}
	if err := w.flush(); err != nil {
		return internal("write cases", err)
	}
	if s.pg && w.lastID > firstID {
		// the identity sequence continues after the ids given here, should anything ever
		// insert a case without one
		if _, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence('cases', 'id'), ?)`, w.lastID); err != nil {
			return internal("write cases", err)
		}
	}
	for _, f := range log.Files {
		id, err := w.fileID(f.File, f.SHA256)
		if err != nil {
			return internal("write import log", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE import_files SET encoding = ?, delimiter = ?, rows_read = ?, imported = ?, skipped = ?, imported_at = ? WHERE id = ?`,
			f.Encoding, f.Delimiter, f.RowsRead, f.Imported, f.Skipped, f.ImportedAt.UTC().Format(time.RFC3339Nano), id); err != nil {
			return internal("write import log", err)
		}
	}
	for _, sk := range log.Skipped {
		var fid any
		if id, ok := w.fileIDs[sk.FileSHA256]; ok {
			fid = id
		} else if id, ok := w.names[sk.File]; ok {
			fid = id
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO import_skipped (audit_id, import_file_id, file, line, field, code, reason) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			auditID, fid, sk.File, sk.Line, sk.Field, sk.Code, sk.Reason); err != nil {
			return internal("write import log", err)
		}
	}
	if len(log.Files) > 0 || len(log.Skipped) > 0 {
		files := make([]map[string]any, 0, len(log.Files))
		for _, f := range log.Files {
			files = append(files, map[string]any{"sha256": f.SHA256, "rows": f.RowsRead, "imported": f.Imported, "skipped": f.Skipped})
		}
		if _, err := appendTrail(ctx, tx, review.ActionCaseImport, auditID, fmt.Sprintf("audit:%d", auditID), map[string]any{"files": files}, time.Now()); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "COMMIT"); err != nil {
		return internal("commit import", err)
	}
	committed = true
	return nil
}

type caseWriter struct {
	ctx      context.Context
	tx       *sqlConn // in BEGIN IMMEDIATE (SQLite) or BEGIN after the writer's turn (PostgreSQL)
	pg       bool
	copyBuf  bytes.Buffer   // PostgreSQL: rows in COPY's text format, not yet sent
	copyPipe *io.PipeWriter // the running COPY's input; nil when none runs
	copyDone chan error     // the running COPY's outcome
	lastID   int64          // PostgreSQL: the id of the last case written (ids are given here)
	auditID  int64
	fileIDs  map[string]int64       // sha256 → import_files.id
	names    map[string]int64       // file name → import_files.id of the last file of that name
	cur      int64                  // the file being imported
	stmt     driver.StmtExecContext // prepared on the raw driver connection
	stmtFile int64                  // the import_files.id the prepared statement writes
	args     []driver.NamedValue
	n        int
}

func (w *caseWriter) FileImported(sha string) (bool, error) {
	if err := w.copyEnd(); err != nil {
		return false, internal("write cases", err)
	}
	var n int
	err := w.tx.QueryRowContext(w.ctx, `SELECT count(*) FROM import_files WHERE audit_id = ? AND sha256 = ?`, w.auditID, sha).Scan(&n)
	return n > 0, internal("read import log", err)
}

func (w *caseWriter) ExistingCases(fn func(committee, key string)) error {
	if err := w.copyEnd(); err != nil {
		return internal("write cases", err)
	}
	rows, err := w.tx.QueryContext(w.ctx, `SELECT committee, dnr_key FROM cases WHERE audit_id = ?`, w.auditID)
	if err != nil {
		return internal("read cases", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c, k string
		if err := rows.Scan(&c, &k); err != nil {
			return internal("read cases", err)
		}
		fn(c, k)
	}
	return internal("read cases", rows.Err())
}

func (w *caseWriter) SampleDrawn() (bool, error) {
	if err := w.copyEnd(); err != nil {
		return false, internal("write cases", err)
	}
	var n int
	err := w.tx.QueryRowContext(w.ctx, `SELECT count(*) FROM samples WHERE audit_id = ? AND active = 1`, w.auditID).Scan(&n)
	return n > 0, internal("read samples", err)
}

// BeginFile records that the rows put next come from this file.
func (w *caseWriter) BeginFile(name, sha string) error {
	if err := w.flush(); err != nil { // rows of the previous file
		return internal("write cases", err)
	}
	id, err := w.fileID(name, sha)
	w.cur = id
	return internal("write import log", err)
}

func (w *caseWriter) fileID(name, sha string) (int64, error) {
	if id, ok := w.fileIDs[sha]; ok {
		return id, nil
	}
	if err := w.copyEnd(); err != nil {
		return 0, err
	}
	id, err := w.tx.insertID(w.ctx, `INSERT INTO import_files (audit_id, file, sha256, imported_at) VALUES (?, ?, ?, ?)`, w.auditID, name, sha, time.Now().UTC().Format(time.RFC3339Nano))
	if err != nil {
		return 0, err
	}
	w.fileIDs[sha] = id
	w.names[name] = id
	return id, err
}

// Put buffers a case; a full batch is written with one prepared statement.
func (w *caseWriter) Put(c *review.Case) error {
	fid := w.cur
	if fid == 0 {
		return fmt.Errorf("store: Put before BeginFile")
	}
	if w.pg {
		w.copyCase(fid, c)
		if w.copyBuf.Len() >= copyChunk {
			return internal("write cases", w.copySend())
		}
		return nil
	}
	var end, age, planned, done driver.Value
	if !c.EndDate.IsZero() {
		end = isoDate(c.EndDate)
	}
	if !c.PlannedFollowUp.IsZero() {
		planned = isoDate(c.PlannedFollowUp)
	}
	if !c.FollowUpDone.IsZero() {
		done = isoDate(c.FollowUpDone)
	}
	if c.Age >= 0 {
		age = int64(c.Age)
	}
	for _, v := range [nCaseCols]driver.Value{c.Committee, c.Diarienummer, c.DiarienummerKey, c.PersonPseudonym, int64(c.BirthYear),
		c.Intervention, c.LegalBasis, isoDate(c.DecisionDate), end, c.CaseOfficer, age, int64(c.SourceLine), planned, done, c.ClosingReason} {
		w.args = append(w.args, driver.NamedValue{Ordinal: len(w.args) + 1, Value: v})
	}
	w.n++
	if w.n < batchRows {
		return nil
	}
	err := w.tx.Raw(func(dc any) error {
		if w.stmt == nil || w.stmtFile != fid {
			w.closeStmtLocked()
			st, err := dc.(driver.ConnPrepareContext).PrepareContext(w.ctx, insertSQL(batchRows, w.auditID, fid))
			if err != nil {
				return err
			}
			w.stmt, w.stmtFile = st.(driver.StmtExecContext), fid
		}
		_, err := w.stmt.ExecContext(w.ctx, w.args)
		return err
	})
	if err != nil {
		return internal("write cases", err)
	}
	w.args = w.args[:0]
	w.n = 0
	return nil
}

func (w *caseWriter) closeStmtLocked() {
	if w.stmt != nil {
		w.stmt.(driver.Stmt).Close()
		w.stmt = nil
	}
}

// closeStmt closes the prepared statement on its connection, and stops a COPY still
// running (the import failed: its transaction is rolled back after).
func (w *caseWriter) closeStmt() {
	if w.copyPipe != nil {
		w.copyPipe.CloseWithError(errors.New("import stopped"))
		<-w.copyDone
		w.copyPipe = nil
	}
	if w.stmt != nil {
		w.tx.Raw(func(any) error { w.closeStmtLocked(); return nil })
	}
}

func (w *caseWriter) flush() error {
	if w.pg {
		return w.copyEnd()
	}
	if w.n == 0 {
		return nil
	}
	args := make([]any, len(w.args))
	for i, a := range w.args {
		args[i] = a.Value
	}
	_, err := w.tx.ExecContext(w.ctx, insertSQL(w.n, w.auditID, w.cur), args...)
	w.args = w.args[:0]
	w.n = 0
	return err
}

// isoDate formats a date as YYYY-MM-DD without time.Format's generality (a hot path).
func isoDate(t time.Time) string {
	var b [10]byte
	return string(appendISODate(b[:0], t))
}

func appendISODate(dst []byte, t time.Time) []byte {
	y, m, d := t.Date()
	return append(dst, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+d/10), byte('0'+d%10))
}

func insertSQL(rows int, auditID, fileID int64) string {
	var b strings.Builder
	b.WriteString("INSERT INTO cases (audit_id, import_file_id, " + caseCols + ") VALUES ")
	one := fmt.Sprintf("(%d,%d,", auditID, fileID) + strings.TrimSuffix(strings.Repeat("?,", nCaseCols), ",") + ")"
	for i := 0; i < rows; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(one)
	}
	return b.String()
}

// CaseCounts counts the frame per committee and intervention.
func (s *Store) CaseCounts(ctx context.Context, auditID int64, committee string) ([]review.CaseCount, error) {
	q := s.read.WithContext(ctx).Table("cases").Select("committee, intervention, count(*) AS cases").Where("audit_id = ?", auditID)
	if committee != "" {
		q = q.Where("committee = ?", committee)
	}
	var out []review.CaseCount
	if err := q.Group("committee, intervention").Order("committee, intervention").Scan(&out).Error; err != nil {
		return nil, internal("count cases", err)
	}
	return out, nil
}

type caseRow struct {
	ID           int64
	AuditID      int64
	Committee    string
	Diarienummer string
	DnrKey       string
	Person       string
	BirthYear    int
	Intervention string
	LegalBasis   string
	DecisionDate string
	EndDate      sql.NullString
	CaseOfficer  string
	Age          sql.NullInt64
	File         string
	SourceLine   int
	// the follow-up columns (migration 0014)
	PlannedFollowUp sql.NullString
	FollowUpDone    sql.NullString
	ClosingReason   string
}

func (r caseRow) toCase() (review.Case, error) {
	c := review.Case{ID: r.ID, AuditID: r.AuditID, Committee: r.Committee, Diarienummer: r.Diarienummer, DiarienummerKey: r.DnrKey,
		PersonPseudonym: r.Person, BirthYear: r.BirthYear, Intervention: r.Intervention, LegalBasis: r.LegalBasis,
		CaseOfficer: r.CaseOfficer, Age: -1, SourceFile: r.File, SourceLine: r.SourceLine}
	if err := parseStamp(&c.DecisionDate, "2006-01-02", r.DecisionDate, "decision date"); err != nil {
		return c, err
	}
	if r.EndDate.Valid && r.EndDate.String != "" {
		if err := parseStamp(&c.EndDate, "2006-01-02", r.EndDate.String, "end date"); err != nil {
			return c, err
		}
	}
	if r.Age.Valid {
		c.Age = int(r.Age.Int64)
	}
	for _, x := range []struct {
		v    sql.NullString
		dst  *time.Time
		what string
	}{{r.PlannedFollowUp, &c.PlannedFollowUp, "planned follow-up"}, {r.FollowUpDone, &c.FollowUpDone, "follow-up done"}} {
		if x.v.Valid && x.v.String != "" {
			if err := parseStamp(x.dst, "2006-01-02", x.v.String, x.what); err != nil {
				return c, err
			}
		}
	}
	c.ClosingReason = r.ClosingReason
	return c, nil
}

// Cases lists the frame ordered by committee and diarienummer.
func (s *Store) Cases(ctx context.Context, auditID int64, committee string) ([]review.Case, error) {
	q := s.read.WithContext(ctx).Table("cases").
		Select("cases.id, cases.audit_id, committee, diarienummer, dnr_key, person, birth_year, intervention, legal_basis, decision_date, end_date, case_officer, age, import_files.file AS file, source_line, planned_follow_up, follow_up_done, closing_reason").
		Joins("JOIN import_files ON import_files.id = cases.import_file_id").
		Where("cases.audit_id = ?", auditID)
	if committee != "" {
		q = q.Where("committee = ?", committee)
	}
	var rows []caseRow
	if err := q.Order("committee, dnr_key").Scan(&rows).Error; err != nil {
		return nil, internal("list cases", err)
	}
	out := make([]review.Case, len(rows))
	for i, r := range rows {
		var err error
		if out[i], err = r.toCase(); err != nil {
			return nil, internal("list cases", err)
		}
	}
	return out, nil
}

// ImportHistory lists the files imported into an audit and the rows they skipped.
func (s *Store) ImportHistory(ctx context.Context, auditID int64) ([]review.ImportedFile, []review.InvalidRow, error) {
	var files []review.ImportedFile
	var skipped []review.InvalidRow
	rows, err := s.rsql.QueryContext(ctx, `SELECT file, sha256, encoding, delimiter, rows_read, imported, skipped, imported_at FROM import_files WHERE audit_id = ? ORDER BY id`, auditID)
	if err != nil {
		return nil, nil, internal("read import log", err)
	}
	for rows.Next() {
		var f review.ImportedFile
		var at string
		if err := rows.Scan(&f.File, &f.SHA256, &f.Encoding, &f.Delimiter, &f.RowsRead, &f.Imported, &f.Skipped, &at); err != nil {
			rows.Close()
			return nil, nil, internal("read import log", err)
		}
		if err := parseStamp(&f.ImportedAt, time.RFC3339Nano, at, "import time"); err != nil {
			rows.Close()
			return nil, nil, internal("read import log", err)
		}
		files = append(files, f)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return nil, nil, internal("read import log", err)
	}
	rows.Close()
	rows, err = s.rsql.QueryContext(ctx, `SELECT file, line, field, code, reason FROM import_skipped WHERE audit_id = ? ORDER BY id`, auditID)
	if err != nil {
		return nil, nil, internal("read import log", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r review.InvalidRow
		if err := rows.Scan(&r.File, &r.Line, &r.Field, &r.Code, &r.Reason); err != nil {
			return nil, nil, internal("read import log", err)
		}
		skipped = append(skipped, r)
	}
	return files, skipped, internal("read import log", rows.Err())
}

// copyChunk is how much COPY text is collected before it is sent to the server.
const copyChunk = 1 << 20

var copyCaseCols = append([]string{"id", "audit_id", "import_file_id"}, strings.Split(strings.ReplaceAll(caseCols, " ", ""), ",")...)

// On PostgreSQL the cases are written with COPY in its text format (what psql's \copy
// sends), streamed: one COPY runs on the import's connection (so in its transaction) while
// the file is still being read, fed through a pipe in chunks, so the server inserts rows as
// the next ones are parsed. Anything else the import asks of the connection first ends the
// running COPY (copyEnd).

// copyCase appends a case as a row of COPY text, its id the next after the last.
func (w *caseWriter) copyCase(fid int64, c *review.Case) {
	b := &w.copyBuf
	w.lastID++
	b.Write(strconv.AppendInt(b.AvailableBuffer(), w.lastID, 10))
	b.WriteByte('\t')
	b.Write(strconv.AppendInt(b.AvailableBuffer(), w.auditID, 10))
	b.WriteByte('\t')
	b.Write(strconv.AppendInt(b.AvailableBuffer(), fid, 10))
	text := func(s string) {
		b.WriteByte('\t')
		copyEscape(b, s)
	}
	num := func(n int64) {
		b.WriteByte('\t')
		b.Write(strconv.AppendInt(b.AvailableBuffer(), n, 10))
	}
	date := func(t time.Time) {
		b.WriteByte('\t')
		if t.IsZero() {
			b.WriteString(`\N`)
			return
		}
		b.Write(appendISODate(b.AvailableBuffer(), t))
	}
	// the columns of caseCols, in order
	text(c.Committee)
	text(c.Diarienummer)
	text(c.DiarienummerKey)
	text(c.PersonPseudonym)
	num(int64(c.BirthYear))
	text(c.Intervention)
	text(c.LegalBasis)
	b.WriteByte('\t')
	b.Write(appendISODate(b.AvailableBuffer(), c.DecisionDate))
	date(c.EndDate)
	text(c.CaseOfficer)
	if c.Age >= 0 {
		num(int64(c.Age))
	} else {
		b.WriteString("\t\\N")
	}
	num(int64(c.SourceLine))
	date(c.PlannedFollowUp)
	date(c.FollowUpDone)
	text(c.ClosingReason)
	b.WriteByte('\n')
}

// copySend sends the collected text to the running COPY, starting one if none runs.
func (w *caseWriter) copySend() error {
	if w.copyBuf.Len() == 0 {
		return nil
	}
	if w.copyPipe == nil {
		var pgc *pgconn.PgConn
		if err := w.tx.Raw(func(dc any) error {
			c, ok := dc.(*stdlib.Conn)
			if !ok {
				return fmt.Errorf("store: COPY needs a pgx connection, not %T", dc)
			}
			pgc = c.Conn().PgConn()
			return nil
		}); err != nil {
			return err
		}
		pr, pw := io.Pipe()
		done := make(chan error, 1)
		ctx := w.ctx
		go func() {
			_, err := pgc.CopyFrom(ctx, pr, copyCasesSQL)
			pr.CloseWithError(err) // a writer waiting on a failed COPY gets its error
			done <- err
		}()
		w.copyPipe, w.copyDone = pw, done
	}
	_, err := w.copyPipe.Write(w.copyBuf.Bytes())
	w.copyBuf.Reset()
	if err != nil {
		return w.copyEnd() // the COPY's own error says more than the pipe's
	}
	return nil
}

// copyEnd sends what is left and waits for the running COPY to finish; without one running
// it sends what is left in a COPY of its own.
func (w *caseWriter) copyEnd() error {
	if w.copyBuf.Len() > 0 {
		if err := w.copySend(); err != nil {
			return err
		}
	}
	if w.copyPipe == nil {
		return nil
	}
	w.copyPipe.Close()
	err := <-w.copyDone
	w.copyPipe = nil
	return err
}

var copyCasesSQL = "COPY cases (" + strings.Join(copyCaseCols, ", ") + ") FROM STDIN"

// copyEscape writes s as a value of COPY's text format: backslash, tab, newline and
// carriage return escaped.
func copyEscape(b *bytes.Buffer, s string) {
	i := 0
	for i < len(s) && s[i] != '\\' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' {
		i++
	}
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
}
