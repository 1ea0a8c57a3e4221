package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"tillsyn/review"
)

// MoveUpTable is one table copied by MoveToPostgres.
type MoveUpTable struct {
	Table string `json:"table"`
	Rows  int64  `json:"rows"`
}

// MoveUpResult is what MoveToPostgres copied and checked.
type MoveUpResult struct {
	Database  string        `json:"database"` // without password
	Tables    []MoveUpTable `json:"tables"`
	Rows      int64         `json:"rows"`
	Files     int           `json:"case_files"` // copied into the database
	TrailHead string        `json:"trail_head"` // seq:hash, the same on both
	TrailOK   bool          `json:"trail_intact"`
}

// ErrTargetNotEmpty is returned by MoveToPostgres for a database that holds data.
var ErrTargetNotEmpty = errors.New("the PostgreSQL database is not empty")

// MoveToPostgres copies everything in this SQLite store (audits, frames, samples with their
// protocol, documents and page text, judgements with their history, users, sessions, the
// export log and the trail) into the empty PostgreSQL database dsn, in one transaction:
// the schema is migrated first, then every table is copied with COPY in the order of its
// foreign keys, the id sequences are moved past the copied ids, and before the commit the
// row count of every table is compared and the trail verified in the target (its chain, and
// every judgement, user, sampled case and export against it). Any difference rolls all of
// it back. A database that holds any row is refused (ErrTargetNotEmpty). The case files and
// the pseudonym key stay in the data directory, which instances on PostgreSQL keep using.
func (s *Store) MoveToPostgres(ctx context.Context, dsn string) (MoveUpResult, error) {
	res := MoveUpResult{Database: RedactURL(dsn), Tables: []MoveUpTable{}}
	if s.pg {
		return res, errors.New("this store is on PostgreSQL already")
	}
	if !IsPostgresURL(dsn) {
		return res, fmt.Errorf("--to %s: give a postgres:// URL", RedactURL(dsn))
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return res, fmt.Errorf("database %s: %w", res.Database, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(2)
	target := &Store{wsql: &sqlDB{DB: db, pg: true, writer: true}, pg: true}
	if err := target.migratePostgres(ctx); err != nil {
		return res, fmt.Errorf("database %s: %w", res.Database, err)
	}
	// the source: one snapshot of the SQLite database
	src, err := s.rsql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return res, internal("begin", err)
	}
	defer src.Rollback()
	tables, err := sqliteTablesInOrder(ctx, src)
	if err != nil {
		return res, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return res, fmt.Errorf("database %s: %w", res.Database, err)
	}
	defer conn.Close()
	ptx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return res, err
	}
	defer ptx.Rollback()
	tx := &sqlTx{Tx: ptx, pg: true}
	// nothing else may write meanwhile: take the writers' turn for the whole copy
	if _, err := tx.ExecContext(ctx, takeWritersTurn); err != nil {
		return res, err
	}
	pgTables, err := postgresTables(ctx, tx)
	if err != nil {
		return res, err
	}
	for _, t := range pgTables {
		var any bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM `+pgx.Identifier{t}.Sanitize()+`)`).Scan(&any); err != nil {
			return res, err
		}
		if any {
			return res, fmt.Errorf("%w: its table %s holds rows; moving up needs an empty database (createdb a new one)", ErrTargetNotEmpty, t)
		}
	}
	have := map[string]bool{}
	for _, t := range pgTables {
		have[t] = true
	}
	for _, t := range tables {
		if !have[t] {
			return res, fmt.Errorf("table %s of the SQLite database has no PostgreSQL counterpart: is this tillsyn older than the data directory?", t)
		}
	}
	for _, t := range tables {
		n, err := copyTable(ctx, src, conn, tx, t)
		if err != nil {
			return res, fmt.Errorf("copy %s: %w", t, err)
		}
		res.Tables = append(res.Tables, MoveUpTable{Table: t, Rows: n})
		res.Rows += n
	}
	// the case files, which instances on PostgreSQL keep in the database
	var shas []string
	if err := eachRow(ctx, src, `SELECT DISTINCT sha256 FROM documents WHERE status <> ? ORDER BY sha256`, func(r *sql.Rows) error {
		var sh string
		if err := r.Scan(&sh); err != nil {
			return err
		}
		shas = append(shas, sh)
		return nil
	}, string(review.DocNotPDF)); err != nil {
		return res, err
	}
	for _, sh := range shas {
		if len(sh) != 64 {
			return res, fmt.Errorf("a document's SHA-256 %q is not one: nothing was moved", sh)
		}
		p := filepath.Join(s.dir, "files", sh[:2], sh)
		b, err := os.ReadFile(p)
		if err != nil {
			return res, fmt.Errorf("case file %s: %w: nothing was moved", p, err)
		}
		if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != sh {
			return res, fmt.Errorf("case file %s does not have its SHA-256 (damaged): nothing was moved", p)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO case_files (sha256, size, content) VALUES (?, ?, ?)`, sh, int64(len(b)), b); err != nil {
			return res, fmt.Errorf("case file %s: %w", p, err)
		}
		res.Files++
	}
	// the identity sequences continue after the copied ids
	for _, t := range tables {
		var seq sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT pg_get_serial_sequence(quote_ident(table_name), column_name) FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'id' AND is_identity = 'YES'`, t).Scan(&seq)
		if errors.Is(err, sql.ErrNoRows) || err == nil && !seq.Valid {
			continue // no identity column named id
		}
		if err != nil {
			return res, fmt.Errorf("sequence of %s: %w", t, err)
		}
		if _, err := tx.ExecContext(ctx, `SELECT setval(?, (SELECT max(id) FROM `+pgx.Identifier{t}.Sanitize()+`)) WHERE EXISTS (SELECT 1 FROM `+pgx.Identifier{t}.Sanitize()+`)`, seq.String); err != nil {
			return res, fmt.Errorf("sequence of %s: %w", t, err)
		}
	}
	// verify: the same number of rows in every table, and an intact trail in the target
	for _, m := range res.Tables {
		var n int64
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+pgx.Identifier{m.Table}.Sanitize()).Scan(&n); err != nil {
			return res, err
		}
		if n != m.Rows {
			return res, fmt.Errorf("table %s: %d rows copied, %d in PostgreSQL: nothing was moved", m.Table, m.Rows, n)
		}
	}
	rep, err := verifyTrail(ctx, tx)
	if err != nil {
		return res, err
	}
	srcRep, err := verifyTrail(ctx, src)
	if err != nil {
		return res, err
	}
	if !rep.Intact {
		b := rep.Breaks[0]
		return res, fmt.Errorf("the trail copied to PostgreSQL does not verify (event %d: %s): nothing was moved", b.Seq, b.Reason)
	}
	if rep.HeadSeq != srcRep.HeadSeq || rep.HeadHash != srcRep.HeadHash {
		return res, fmt.Errorf("the trail head in PostgreSQL (%d:%s) is not the SQLite one (%d:%s): nothing was moved", rep.HeadSeq, rep.HeadHash, srcRep.HeadSeq, srcRep.HeadHash)
	}
	res.TrailHead, res.TrailOK = fmt.Sprintf("%d:%s", rep.HeadSeq, rep.HeadHash), true
	// the move itself is an event of the trail, after the copied ones
	if _, err := appendTrail(ctx, tx, review.ActionMoveUp, 0, "data",
		map[string]any{"from": "sqlite", "rows": res.Rows, "trail_head": res.TrailHead}, time.Now()); err != nil {
		return res, err
	}
	if err := ptx.Commit(); err != nil {
		return res, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

// sqliteTablesInOrder lists the SQLite database's own tables (not the full-text index's nor
// the migration log), each after the tables its foreign keys name.
func sqliteTablesInOrder(ctx context.Context, tx *sqlTx) ([]string, error) {
	var names []string
	if err := eachRow(ctx, tx, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'pages_fts%' AND name <> 'schema_migrations' ORDER BY name`, func(r *sql.Rows) error {
		var n string
		if err := r.Scan(&n); err != nil {
			return err
		}
		names = append(names, n)
		return nil
	}); err != nil {
		return nil, err
	}
	deps := map[string][]string{}
	for _, t := range names {
		if err := eachRow(ctx, tx, `SELECT "table" FROM pragma_foreign_key_list(?)`, func(r *sql.Rows) error {
			var d string
			if err := r.Scan(&d); err != nil {
				return err
			}
			if d != t {
				deps[t] = append(deps[t], d)
			}
			return nil
		}, t); err != nil {
			return nil, err
		}
	}
	var out []string
	done := map[string]bool{}
	var visit func(t string, depth int) error
	visit = func(t string, depth int) error {
		if done[t] {
			return nil
		}
		if depth > len(names) {
			return fmt.Errorf("the foreign keys of %s form a cycle", t)
		}
		for _, d := range deps[t] {
			if err := visit(d, depth+1); err != nil {
				return err
			}
		}
		done[t] = true
		out = append(out, t)
		return nil
	}
	for _, t := range names {
		if err := visit(t, 0); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// postgresTables lists the tables of the current schema that hold Tillsyn's data.
func postgresTables(ctx context.Context, tx *sqlTx) ([]string, error) {
	var out []string
	err := eachRow(ctx, tx, `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('schema_migrations', 'tillsyn_version') ORDER BY tablename`, func(r *sql.Rows) error {
		var n string
		if err := r.Scan(&n); err != nil {
			return err
		}
		out = append(out, n)
		return nil
	})
	sort.Strings(out)
	return out, err
}

// copyTable copies one table's rows (the columns the PostgreSQL table has and can be
// written: not a generated one) from SQLite into PostgreSQL with COPY.
func copyTable(ctx context.Context, src *sqlTx, conn *sql.Conn, tx *sqlTx, table string) (int64, error) {
	var cols []string
	if err := eachRow(ctx, tx, `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position`, func(r *sql.Rows) error {
		var c string
		if err := r.Scan(&c); err != nil {
			return err
		}
		cols = append(cols, c)
		return nil
	}, table); err != nil {
		return 0, err
	}
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = `"` + c + `"`
	}
	rows, err := src.QueryContext(ctx, `SELECT `+strings.Join(quoted, ", ")+` FROM "`+table+`"`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var n int64
	err = conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("COPY needs a pgx connection, not %T", dc)
		}
		var err error
		n, err = c.Conn().CopyFrom(ctx, pgx.Identifier{table}, cols, &sqlRowsSource{rows: rows, n: len(cols)})
		return err
	})
	return n, err
}

// sqlRowsSource feeds database/sql rows to COPY.
type sqlRowsSource struct {
	rows *sql.Rows
	n    int
	vals []any
	err  error
}

func (s *sqlRowsSource) Next() bool {
	if !s.rows.Next() {
		s.err = s.rows.Err()
		return false
	}
	vals := make([]any, s.n)
	ptrs := make([]any, s.n)
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if s.err = s.rows.Scan(ptrs...); s.err != nil {
		return false
	}
	s.vals = vals
	return true
}

func (s *sqlRowsSource) Values() ([]any, error) { return s.vals, nil }
func (s *sqlRowsSource) Err() error             { return s.err }
