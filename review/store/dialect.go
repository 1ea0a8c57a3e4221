package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
)

// The store speaks to two engines: SQLite (a file in the data directory) and PostgreSQL (a
// server many instances share). Queries are written once, with `?` placeholders and SQL both
// engines accept; the few that differ choose by Store.pg in the method that runs them. The
// wrappers below translate placeholders for PostgreSQL and give both engines the same
// transaction discipline: one writer at a time. On SQLite that is the write pool's single
// connection in BEGIN IMMEDIATE; on PostgreSQL every write transaction begins by bumping the
// one row of tillsyn_version, whose row lock queues writers from every instance (each then
// sees the data its predecessors committed, under READ COMMITTED) and whose value tells every
// instance's page cache that something was committed (see DataVersion).

// sqlDB is a pool whose queries are written with `?` placeholders.
type sqlDB struct {
	*sql.DB
	pg     bool
	writer bool // a write pool: its transactions take the writer's turn
}

// sqlTx is a transaction of a sqlDB.
type sqlTx struct {
	*sql.Tx
	pg bool
}

var rebound sync.Map // query -> query with $n placeholders

// rebind turns `?` and `?N` placeholders into PostgreSQL's `$N`, outside quoted strings and
// identifiers.
func rebind(q string) string {
	if v, ok := rebound.Load(q); ok {
		return v.(string)
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			b.WriteByte(c)
		case c == '\'' || c == '"':
			quote = c
			b.WriteByte(c)
		case c == '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			b.WriteByte('$')
			if j > i+1 {
				b.WriteString(q[i+1 : j])
				i = j - 1
			} else {
				n++
				b.WriteString(strconv.Itoa(n))
			}
		default:
			b.WriteByte(c)
		}
	}
	out := b.String()
	rebound.Store(q, out)
	return out
}

// pgArgs passes Go booleans as 0 and 1: the flag columns are integers on both engines.
func pgArgs(pg bool, args []any) []any {
	if !pg {
		return args
	}
	for i, a := range args {
		if b, ok := a.(bool); ok {
			if b {
				args[i] = int64(1)
			} else {
				args[i] = int64(0)
			}
		}
	}
	return args
}

func (d *sqlDB) q(query string) string {
	if d.pg {
		return rebind(query)
	}
	return query
}

func (d *sqlDB) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return d.DB.ExecContext(ctx, d.q(query), pgArgs(d.pg, args)...)
}

func (d *sqlDB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return d.DB.QueryContext(ctx, d.q(query), pgArgs(d.pg, args)...)
}

func (d *sqlDB) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return d.DB.QueryRowContext(ctx, d.q(query), pgArgs(d.pg, args)...)
}

func (d *sqlDB) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return d.DB.PrepareContext(ctx, d.q(query))
}

// BeginTx begins a transaction. On PostgreSQL a transaction of the write pool first takes
// the writer's turn (see the comment at the top of this file).
func (d *sqlDB) BeginTx(ctx context.Context, opts *sql.TxOptions) (*sqlTx, error) {
	if d.pg && opts != nil && opts.ReadOnly && opts.Isolation == sql.LevelDefault {
		// a reading transaction sees one snapshot, as on SQLite (READ COMMITTED would give
		// each statement its own)
		o := *opts
		o.Isolation = sql.LevelRepeatableRead
		opts = &o
	}
	tx, err := d.DB.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	if d.pg && d.writer && (opts == nil || !opts.ReadOnly) {
		if _, err := tx.ExecContext(ctx, takeWritersTurn); err != nil {
			tx.Rollback()
			return nil, err
		}
	}
	return &sqlTx{Tx: tx, pg: d.pg}, nil
}

func (t *sqlTx) q(query string) string {
	if t.pg {
		return rebind(query)
	}
	return query
}

func (t *sqlTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.q(query), pgArgs(t.pg, args)...)
}

func (t *sqlTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.q(query), pgArgs(t.pg, args)...)
}

func (t *sqlTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.q(query), pgArgs(t.pg, args)...)
}

func (t *sqlTx) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.q(query))
}

// insertID runs an INSERT into a table whose key is id and returns the new id: SQLite's
// last_insert_rowid, PostgreSQL's RETURNING (its driver has no LastInsertId).
func (t *sqlTx) insertID(ctx context.Context, query string, args ...any) (int64, error) {
	return insertID(ctx, t, t.pg, query, args...)
}

func insertID(ctx context.Context, t dbtx, pg bool, query string, args ...any) (int64, error) {
	if pg {
		// a multi-row insert returns its ids in order; the last is the answer, as in SQLite
		rows, err := t.QueryContext(ctx, query+" RETURNING id", args...)
		if err != nil {
			return 0, err
		}
		defer rows.Close()
		var id int64
		for rows.Next() {
			if err := rows.Scan(&id); err != nil {
				return 0, err
			}
		}
		return id, rows.Err()
	}
	res, err := t.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// sqlConn is one connection of a sqlDB, for work that runs its own BEGIN and COMMIT (the bulk
// import).
type sqlConn struct {
	*sql.Conn
	pg bool
}

func (c *sqlConn) q(query string) string {
	if c.pg {
		return rebind(query)
	}
	return query
}

func (c *sqlConn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return c.Conn.ExecContext(ctx, c.q(query), pgArgs(c.pg, args)...)
}

func (c *sqlConn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return c.Conn.QueryContext(ctx, c.q(query), pgArgs(c.pg, args)...)
}

func (c *sqlConn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return c.Conn.QueryRowContext(ctx, c.q(query), pgArgs(c.pg, args)...)
}

func (c *sqlConn) insertID(ctx context.Context, query string, args ...any) (int64, error) {
	return insertID(ctx, c, c.pg, query, args...)
}

// takeWritersTurn bumps the version row (waiting for its lock while another transaction
// holds it) and marks the transaction as bumped, so the statement triggers of migration 0011
// do not bump it again for every statement.
const takeWritersTurn = `WITH b AS (UPDATE tillsyn_version SET n = n + 1 WHERE id = 1 RETURNING n) SELECT set_config('tillsyn.bumped', 'on', true) FROM b`

// Conn returns one connection of the pool.
func (d *sqlDB) Conn(ctx context.Context) (*sqlConn, error) {
	c, err := d.DB.Conn(ctx)
	if err != nil {
		return nil, err
	}
	return &sqlConn{Conn: c, pg: d.pg}, nil
}

// Rebind returns query with its `?` placeholders written for the store's engine, for tests
// and tools that query a store's pools (DB) directly.
func (s *Store) Rebind(query string) string {
	if s.pg {
		return rebind(query)
	}
	return query
}
