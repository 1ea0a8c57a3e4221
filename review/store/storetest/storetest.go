// Package storetest opens stores for tests on either engine. The engine is SQLite unless
// TILLSYN_TEST_ENGINE=postgres; PostgreSQL needs TILLSYN_TEST_POSTGRES, the URL of a server
// on which the tests may create and drop databases (`make test-postgres` starts a private
// cluster and sets both). A test that needs PostgreSQL and finds no server skips with a
// message, except under CI=true, where it fails.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver for the admin connection

	"tillsyn/review/store"
)

// Engine is the engine the tests run on: "sqlite" or "postgres".
func Engine() string {
	if os.Getenv("TILLSYN_TEST_ENGINE") == "postgres" {
		return "postgres"
	}
	return "sqlite"
}

// AdminURL returns the URL of the test server, or skips (fails under CI=true) without one.
func AdminURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("TILLSYN_TEST_POSTGRES")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but no PostgreSQL server: set TILLSYN_TEST_POSTGRES (make test-postgres starts a private cluster and sets it)")
		}
		t.Skip("no PostgreSQL server (TILLSYN_TEST_POSTGRES unset): run `make test-postgres` to run the tests on PostgreSQL")
	}
	return u
}

// NewDatabase creates an empty database on the test server and returns its URL; it is
// dropped when the test ends.
func NewDatabase(t testing.TB) string {
	t.Helper()
	admin := AdminURL(t)
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := "t_" + hex.EncodeToString(b)
	if _, err := db.Exec(`CREATE DATABASE ` + name + ` TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			t.Error(err)
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			t.Errorf("drop test database: %v", err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// Options returns the store options of the engine under test: on PostgreSQL a new database.
func Options(t testing.TB) store.Options {
	if Engine() == "postgres" {
		return store.Options{Database: NewDatabase(t)}
	}
	return store.Options{}
}

// Open opens (creating it) a store in dir on the engine under test; it is not closed for
// the caller.
func Open(t testing.TB, dir string) *store.Store {
	t.Helper()
	st, err := store.OpenWith(dir, Options(t), true)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// OpenPostgres opens (creating it) a store in dir on a new PostgreSQL database, whatever the
// engine under test; it skips without a server (fails under CI=true).
func OpenPostgres(t testing.TB, dir string) (*store.Store, string) {
	t.Helper()
	u := NewDatabase(t)
	st, err := store.OpenWith(dir, store.Options{Database: u}, true)
	if err != nil {
		t.Fatal(err)
	}
	return st, u
}

// OtherDB opens a connection pool of its own to the store's database, as another process
// would: the SQLite file, or the PostgreSQL database.
func OtherDB(t testing.TB, st *store.Store) *sql.DB {
	t.Helper()
	var db *sql.DB
	var err error
	if u := st.DatabaseURL(); u != "" {
		db, err = sql.Open("pgx", u)
	} else {
		db, err = sql.Open("sqlite3", "file:"+filepath.Join(st.Dir(), store.DBFile)+"?_busy_timeout=10000&_txlock=immediate")
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TakeWriteLock makes tx (of OtherDB) hold the writers' lock, as a writing process would:
// SQLite's BEGIN IMMEDIATE took it already; on PostgreSQL it is the version row's.
func TakeWriteLock(t testing.TB, st *store.Store, tx *sql.Tx) {
	t.Helper()
	if st.Postgres() {
		if _, err := tx.Exec(`UPDATE tillsyn_version SET n = n + 1 WHERE id = 1`); err != nil {
			t.Fatal(err)
		}
	}
}
