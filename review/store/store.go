// Package store implements review.Store on SQLite through gorm (and database/sql for the
// hot bulk path of case-list imports). It owns the data directory: the database file, the
// pseudonym key and, later, the stored case files. Every public method runs in one
// transaction. All SQLite-specific SQL lives here.
package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	sqlite3 "github.com/mattn/go-sqlite3"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"tillsyn/review"
)

//go:embed migrations/*.sql migrations/postgres/*.sql
var migrationFS embed.FS

// DBFile and KeyFile are the names of the database and the pseudonym key in a data directory.
const (
	DBFile  = "tillsyn.db"
	KeyFile = "pseudonym.key"
)

// Store is a data directory opened for use.
type Store struct {
	dir   string
	write *gorm.DB // one connection: SQLite has one writer; queueing here beats busy-waiting
	read  *gorm.DB // a pool for readers
	wsql  *sqlDB
	rsql  *sqlDB
	pg    bool // PostgreSQL, not SQLite: see dialect.go
	dsn   string
	dv    *dataVersion // tells whether anything was committed, see DataVersion
	key   []byte

	saves        chan *saveRequest      // judgements to write, see SaveScores
	beforeWrite  atomic.Pointer[func()] // see SetBeforeWriteHook
	closed       chan struct{}
	saveLoopDone chan struct{}
	closeOnce    sync.Once
}

var _ review.Store = (*Store)(nil)

// ReadConns is the size of the read pool.
const ReadConns = 8

// DSN is the connection string every pooled connection is opened with: WAL, synchronous=FULL
// (mattn would otherwise run NORMAL under WAL), foreign keys, a busy timeout, the driver's
// cache of prepared statements (without it every query is parsed and planned again, which
// cost more than running it), and (for the write pool) BEGIN IMMEDIATE so a read-then-write
// transaction never fails on upgrade.
func DSN(path string, write bool) string {
	q := "_journal_mode=WAL&_synchronous=FULL&_foreign_keys=on&_busy_timeout=10000&_cache_size=-32000&_stmt_cache_size=256"
	if write {
		// secure_delete: what the writer deletes or overwrites is zeroed in the pages, so
		// gallring leaves no trace of removed personal data in the database file
		q += "&_txlock=immediate&_secure_delete=on"
	} else {
		q += "&_txlock=deferred"
	}
	// SQLite reads the path as a URI: '%', '?' and '#' in a directory name must be escaped
	path = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + path + "?" + q
}

// Open opens the data directory dir, creating it if needed: see OpenExisting.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	return OpenExisting(dir)
}

// ErrNoDataDir is returned by OpenExisting for a data directory that does not exist.
var ErrNoDataDir = errors.New("no such data directory")

// OpenExisting opens the data directory dir, which must exist (a mistyped path must not
// quietly become a new, empty data directory with a new key): the directory (mode 0700), the
// pseudonym key (mode 0600; a key others may read is refused) and the database (0600, with
// its WAL and shared-memory files), migrated to the newest schema. It refuses a directory on
// a network file system, where SQLite's WAL does not work.
func OpenExisting(dir string) (*Store, error) {
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
	if _, err := os.Stat(filepath.Join(dir, DBFile)); errors.Is(err, fs.ErrNotExist) {
		// a new data directory must be empty: --data pointing at a home or a shared folder
		// by mistake must not turn it into one (nor change its mode)
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("data directory: %w", err)
		}
		for _, e := range entries {
			if n := e.Name(); n != KeyFile && n != "files" && n != "lost+found" {
				return nil, fmt.Errorf("%s is not a Tillsyn data directory (it holds %s and no %s): give an empty or new directory", dir, n, DBFile)
			}
		}
	}
	if fi.Mode().Perm() != 0o700 {
		// only its owner may list it, whatever it was made with
		if err := os.Chmod(dir, 0o700); err != nil {
			return nil, fmt.Errorf("data directory %s is mode %04o and cannot be made 0700: %w", dir, fi.Mode().Perm(), err)
		}
	}
	if err := checkLocalFS(dir); err != nil {
		return nil, err
	}
	key, err := loadOrCreateKey(filepath.Join(dir, KeyFile))
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, DBFile)
	// the database file is made 0600 before SQLite opens it: its WAL and shared-memory files
	// take the database's mode when SQLite creates them
	if f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600); err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	} else {
		f.Close()
	}
	if err := chmodDataFiles(path); err != nil {
		return nil, err
	}
	cfg := &gorm.Config{
		Logger:                 logger.Default.LogMode(logger.Warn),
		SkipDefaultTransaction: true,
		NowFunc:                func() time.Time { return time.Now().UTC() },
	}
	// errors are returned to callers, who report them; the logger would print them again
	// with SQL. It stays silent (and would never print values: ParameterizedQueries).
	cfg.Logger = logger.New(logWriter{}, logger.Config{SlowThreshold: 2 * time.Second, LogLevel: logger.Silent, ParameterizedQueries: true, IgnoreRecordNotFoundError: true})
	w, err := gorm.Open(sqlite.Open(DSN(path, true)), cfg)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	wsql, _ := w.DB()
	wsql.SetMaxOpenConns(1)
	r, err := gorm.Open(sqlite.Open(DSN(path, false)), cfg)
	if err != nil {
		wsql.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	rsql, _ := r.DB()
	// keep every reader open: database/sql would otherwise close all but two after use, and
	// a reopened connection has lost its page and statement caches
	rsql.SetMaxOpenConns(ReadConns)
	rsql.SetMaxIdleConns(ReadConns)
	dv, err := newDataVersion(path)
	if err != nil {
		wsql.Close()
		rsql.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	s := &Store{dir: dir, write: w, read: r, wsql: &sqlDB{DB: wsql, writer: true}, rsql: &sqlDB{DB: rsql}, dv: dv, key: key,
		saves: make(chan *saveRequest), closed: make(chan struct{}), saveLoopDone: make(chan struct{})}
	go s.saveLoop()
	if err := s.migrate(); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.startTrail(context.Background()); err != nil {
		s.Close()
		return nil, err
	}
	if err := chmodDataFiles(path); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// chmodDataFiles makes the database and its WAL and shared-memory files 0600 (those that
// exist): a file made by an older version or another tool is mended on every open.
func chmodDataFiles(db string) error {
	for _, p := range []string{db, db + "-wal", db + "-shm"} {
		fi, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		if fi.Mode().Perm() != 0o600 {
			if err := os.Chmod(p, 0o600); err != nil {
				return fmt.Errorf("%s is mode %04o and cannot be made 0600: %w", p, fi.Mode().Perm(), err)
			}
		}
	}
	return nil
}

// Close closes both pools.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		close(s.closed)
		select {
		case <-s.saveLoopDone:
		case <-time.After(10 * time.Second):
		}
	})
	e1 := s.wsql.Close()
	e2 := s.rsql.Close()
	var e3 error
	if s.dv != nil {
		e3 = s.dv.close()
	}
	return errors.Join(e1, e2, e3)
}

// SetBeforeWriteHook makes the save loop call f when it has taken saves from the queue and
// is about to begin their write transaction. For tests that must act while a
// save waits for the writer.
func (s *Store) SetBeforeWriteHook(f func()) { s.beforeWrite.Store(&f) }

// PseudonymKey is the secret key of the personnummer pseudonyms of this data directory.
func (s *Store) PseudonymKey() []byte { return s.key }

// Dir is the data directory.
func (s *Store) Dir() string { return s.dir }

// DB returns the write and read pools, for tests that inspect connections.
func (s *Store) DB() (write, read *sql.DB) { return s.wsql.DB, s.rsql.DB }

type logWriter struct{}

func (logWriter) Printf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

// ErrKeyMode is returned for a pseudonym key that others than its owner may read.
var ErrKeyMode = errors.New("the pseudonym key may be read by others")

func loadOrCreateKey(path string) ([]byte, error) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		// anyone holding the key can test a guessed personnummer against every pseudonym
		return nil, fmt.Errorf("%w: %s is mode %04o; make it readable by its owner only with: chmod 600 %s", ErrKeyMode, path, fi.Mode().Perm(), shellQuote(path))
	}
	b, err := os.ReadFile(path)
	if err == nil {
		if len(b) < 32 {
			return nil, fmt.Errorf("pseudonym key %s is shorter than 32 bytes: damaged?", path)
		}
		return b, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("pseudonym key: %w", err)
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("pseudonym key: %w", err)
	}
	if _, err := f.Write(key); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, err
	}
	return key, f.Close()
}

func (s *Store) migrate() error {
	if err := s.write.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`).Error; err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	migs, err := migrations("migrations")
	if err != nil {
		return err
	}
	for _, m := range migs {
		v, e, body := m.version, m, m.body

		// a migration that makes a table again runs with foreign keys off (the PRAGMA is a
		// no-op inside a transaction, and the write pool is one connection), and checks them
		// before it commits
		fkOff := strings.HasPrefix(string(body), "-- tillsyn:foreign-keys-off")
		if fkOff {
			var n int64
			if err := s.write.Raw(`SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n).Error; err != nil {
				return fmt.Errorf("migration %s: %w", e.Name(), err)
			}
			if n > 0 {
				continue
			}
			if err := s.write.Exec(`PRAGMA foreign_keys = OFF`).Error; err != nil {
				return fmt.Errorf("migration %s: %w", e.Name(), err)
			}
		}
		err = s.write.Transaction(func(tx *gorm.DB) error {
			var n int64
			if err := tx.Raw(`SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n).Error; err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if err := tx.Exec(string(body)).Error; err != nil {
				return err
			}
			if fkOff {
				var broken []map[string]any
				if err := tx.Raw(`PRAGMA foreign_key_check`).Scan(&broken).Error; err != nil {
					return err
				}
				if len(broken) > 0 {
					return fmt.Errorf("foreign keys broken after the migration: %v", broken)
				}
			}
			return tx.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, v, time.Now().UTC().Format(time.RFC3339)).Error
		})
		if fkOff {
			if ferr := s.write.Exec(`PRAGMA foreign_keys = ON`).Error; ferr != nil && err == nil {
				err = ferr
			}
		}
		if err != nil && strings.Contains(err.Error(), "no such module: fts5") {
			return fmt.Errorf("migration %s: this tillsyn was built without SQLite's FTS5: build it with -tags sqlite_fts5 (make build does): %w", e.Name(), err)
		}
		if err != nil {
			return fmt.Errorf("migration %s: %w", e.Name(), err)
		}
	}
	return nil
}

func isUnique(err error) bool {
	var se sqlite3.Error
	var pe *pgconn.PgError
	return errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique ||
		errors.As(err, &pe) && pe.Code == "23505"
}

func internal(op string, err error) error {
	if err == nil {
		return nil
	}
	var re *review.Error
	if errors.As(err, &re) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &review.Error{Code: review.EInternal, Message: "storage failed: " + op, Err: err}
}

// parseStamp reads a time the store wrote into dst. A value it cannot read is a damaged row
// and an error, never a silent zero time (a zero date would move a case out of a filter, or a
// session past its end).
func parseStamp(dst *time.Time, layout, s, what string) error {
	t, err := time.Parse(layout, s)
	if err != nil {
		return fmt.Errorf("%s: %q is not a time: %w", what, s, err)
	}
	*dst = t
	return nil
}

// shellQuote quotes a path for a command line the user can copy.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
