package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"tillsyn/review"
)

// Every pooled connection, of both pools, runs WAL, synchronous=FULL, foreign keys and a
// busy timeout: PRAGMAs set with Exec would reach one connection only.
func TestPragmasOnEveryConnection(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	w, r := s.DB()
	var conns []*sql.Conn
	for i := 0; i < 4; i++ {
		c, err := r.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	wc, err := w.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	conns = append(conns, wc)
	for i, c := range conns {
		var mode string
		var syncv, fk, busy int
		if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			t.Fatal(err)
		}
		c.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&syncv)
		c.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
		c.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy)
		if mode != "wal" || syncv != 2 || fk != 1 || busy != 10000 {
			t.Errorf("connection %d: journal_mode=%s synchronous=%d foreign_keys=%d busy_timeout=%d", i, mode, syncv, fk, busy)
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

// A write transaction takes the write lock at BEGIN (BEGIN IMMEDIATE), so a read-then-write
// transaction never fails on lock upgrade.
func TestWriteTransactionsStartImmediately(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w, _ := s.DB()
	tx, err := w.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	other, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, DBFile)+"?_busy_timeout=0")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, err = other.Exec("BEGIN IMMEDIATE")
	var se sqlite3.Error
	if !errors.As(err, &se) || se.Code != sqlite3.ErrBusy {
		t.Fatalf("a second writer got %v while a write transaction was open with no statement yet; want SQLITE_BUSY", err)
	}
}

func TestSQLiteVersionAndFiles(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var v string
	_, r := s.DB()
	r.QueryRow("SELECT sqlite_version()").Scan(&v)
	if v < "3.50" {
		t.Errorf("SQLite %s: the mattn/go-sqlite3 requirement slipped (want 3.50 or newer)", v)
	}
	key := s.PseudonymKey()
	s.Close()
	for _, f := range []string{KeyFile, DBFile} {
		fi, err := os.Stat(filepath.Join(dir, f))
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v mode %v, want 0600", f, err, fi.Mode())
		}
	}
	// the key survives reopening; migrations run once
	s2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if string(s2.PseudonymKey()) != string(key) {
		t.Error("pseudonym key changed on reopen")
	}
}

func TestAuditsUniqueAndNotFound(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	a := review.Audit{Name: "X", Kind: review.KindEgenkontroll, CreatedAt: time.Now()}
	if _, err := s.CreateAudit(ctx, a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateAudit(ctx, a); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("duplicate name: %v", err)
	}
	if _, err := s.AuditByName(ctx, "Y"); review.ErrorCodeOf(err) != review.ENotFound {
		t.Fatalf("missing audit: %v", err)
	}
	got, err := s.AuditByName(ctx, "X")
	if err != nil || got.Kind != review.KindEgenkontroll || !strings.EqualFold(got.Name, "x") {
		t.Fatalf("got %+v %v", got, err)
	}
}
