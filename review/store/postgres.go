package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Options choose the database and the pseudonym key of a store. The zero value is the
// SQLite file and the key in the data directory.
type Options struct {
	// Database is a postgres:// (or postgresql://) URL: the store then lives in that
	// PostgreSQL database, which many instances may share. Empty: the SQLite file in the data
	// directory.
	Database string
	// KeyFile is the pseudonym key to use instead of the data directory's (every instance of
	// one database must be given the same key). It must exist: it is never created.
	KeyFile string
}

// IsPostgresURL reports whether s names a PostgreSQL database.
func IsPostgresURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// RedactURL returns a database URL without its password, for messages.
func RedactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(a database URL that cannot be parsed)"
	}
	return u.Redacted()
}

// OpenWith opens the data directory dir with the database and key that o names. create makes
// a missing data directory (as Open does); without it the directory must exist (as
// OpenExisting). On PostgreSQL the data directory keeps the pseudonym key (unless
// o.KeyFile names one) and the stored case files; the database is the server's.
func OpenWith(dir string, o Options, create bool) (*Store, error) {
	if o.Database == "" {
		if o.KeyFile != "" {
			return nil, errors.New("--key-file is for a PostgreSQL database (--database), whose instances share one key; a SQLite data directory keeps its own")
		}
		if create {
			return Open(dir)
		}
		return OpenExisting(dir)
	}
	if !IsPostgresURL(o.Database) {
		return nil, fmt.Errorf("database %s: give a postgres:// URL, or no --database for the SQLite file in the data directory", RedactURL(o.Database))
	}
	if create {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("data directory: %w", err)
		}
	}
	fi, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoDataDir, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("data directory %s is not a directory", dir)
	}
	if fi.Mode().Perm() != 0o700 {
		if err := os.Chmod(dir, 0o700); err != nil {
			return nil, fmt.Errorf("data directory %s is mode %04o and cannot be made 0700: %w", dir, fi.Mode().Perm(), err)
		}
	}
	var key []byte
	if o.KeyFile != "" {
		key, err = loadKeyFile(o.KeyFile)
	} else {
		key, err = loadOrCreateKey(path.Join(dir, KeyFile))
	}
	if err != nil {
		return nil, err
	}
	return openPostgres(dir, o.Database, key)
}

// loadKeyFile reads a pseudonym key given with --key-file: it must exist, be the owner's
// only, and hold at least 32 bytes.
func loadKeyFile(p string) ([]byte, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("pseudonym key (--key-file): %w", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%w: %s is mode %04o; make it readable by its owner only with: chmod 600 %s", ErrKeyMode, p, fi.Mode().Perm(), shellQuote(p))
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("pseudonym key (--key-file): %w", err)
	}
	if len(b) < 32 {
		return nil, fmt.Errorf("pseudonym key %s is shorter than 32 bytes: make one with: head -c 32 /dev/urandom > %s", p, shellQuote(p))
	}
	return b, nil
}

// PostgresReadConns is the size of the read pool on PostgreSQL.
const PostgresReadConns = 16

func openPostgres(dir, dsn string, key []byte) (*Store, error) {
	cfg := &gorm.Config{
		SkipDefaultTransaction: true,
		NowFunc:                func() time.Time { return time.Now().UTC() },
		Logger:                 logger.New(logWriter{}, logger.Config{SlowThreshold: 2 * time.Second, LogLevel: logger.Silent, ParameterizedQueries: true, IgnoreRecordNotFoundError: true}),
	}
	w, err := gorm.Open(postgres.New(postgres.Config{DSN: dsn}), cfg)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", RedactURL(dsn), err)
	}
	wsql, _ := w.DB()
	// one writer per instance, as on SQLite: the save loop batches saves onto it, and the
	// version row queues the writers of all instances (see dialect.go)
	wsql.SetMaxOpenConns(1)
	wsql.SetMaxIdleConns(1)
	r, err := gorm.Open(postgres.New(postgres.Config{DSN: dsn}), cfg)
	if err != nil {
		wsql.Close()
		return nil, fmt.Errorf("open database %s: %w", RedactURL(dsn), err)
	}
	rsql, _ := r.DB()
	rsql.SetMaxOpenConns(PostgresReadConns)
	rsql.SetMaxIdleConns(PostgresReadConns)
	s := &Store{dir: dir, write: w, read: r, wsql: &sqlDB{DB: wsql, pg: true, writer: true}, rsql: &sqlDB{DB: rsql, pg: true}, key: key, pg: true, dsn: dsn,
		saves: make(chan *saveRequest), closed: make(chan struct{}), saveLoopDone: make(chan struct{})}
	go s.saveLoop()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := s.migratePostgres(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("database %s: %w", RedactURL(dsn), err)
	}
	if err := s.startTrail(context.Background()); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Postgres reports whether the store is on PostgreSQL.
func (s *Store) Postgres() bool { return s.pg }

// DatabaseURL is the PostgreSQL URL the store was opened with ("" on SQLite).
func (s *Store) DatabaseURL() string { return s.dsn }

// A migration is one numbered SQL file.
type migration struct {
	version int
	name    string
	body    []byte
}

func (m migration) Name() string { return m.name }

// migrations reads the numbered migrations of one dialect's directory, in order. A number
// used twice is an error (two branches that took the same number).
func migrations(dir string) ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, err
	}
	var out []migration
	seen := map[int]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number", e.Name())
		}
		if other, ok := seen[v]; ok {
			return nil, fmt.Errorf("migrations %s and %s have the same number", other, e.Name())
		}
		seen[v] = e.Name()
		body, err := migrationFS.ReadFile(dir + "/" + e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: e.Name(), body: body})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// migrationLock is the key of the advisory lock under which instances migrate, one at a time.
const migrationLock = 0x74696c6c73796e // "tillsyn"

// migratePostgres brings the database to the newest schema, each migration in a transaction
// of its own, holding a session advisory lock throughout: two instances starting at once
// migrate one after the other, and the second finds nothing left to do.
func (s *Store) migratePostgres(ctx context.Context) error {
	migs, err := migrations("migrations/postgres")
	if err != nil {
		return err
	}
	conn, err := s.wsql.DB.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("migrate: take the migration lock: %w", err)
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, migrationLock)
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, m := range migs {
		err := func() error {
			tx, err := conn.BeginTx(ctx, nil)
			if err != nil {
				return err
			}
			defer tx.Rollback()
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, m.version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, string(m.body)); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)`, m.version, time.Now().UTC().Format(time.RFC3339)); err != nil {
				return err
			}
			return tx.Commit()
		}()
		if err != nil {
			return fmt.Errorf("migration postgres/%s: %w", m.name, err)
		}
	}
	return nil
}

// pgDataVersion reads the version row that every write transaction bumps (see dialect.go):
// it changes whenever any instance has committed a write.
func (s *Store) pgDataVersion(ctx context.Context) (string, error) {
	var n int64
	if err := s.rsql.QueryRowContext(ctx, `SELECT n FROM tillsyn_version WHERE id = 1`).Scan(&n); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return "", internal("watch the database", errors.New("tillsyn_version has no row"))
		}
		return "", internal("watch the database", err)
	}
	return "pg:" + strconv.FormatInt(n, 10), nil
}
