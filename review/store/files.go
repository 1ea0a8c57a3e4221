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

	"tillsyn/review"
)

// On PostgreSQL the case files are kept in the database (table case_files), so that app
// instances need share nothing else; each instance keeps a copy under its own data directory
// as a cache, written and read by the service as on SQLite. See review.FileBlobStore.

// StoresFiles reports whether case files are kept in the database: on PostgreSQL.
func (s *Store) StoresFiles() bool { return s.pg }

// PutFile stores the file at path, whose SHA-256 is sha, unless the database has it already.
func (s *Store) PutFile(ctx context.Context, sha, path string) error {
	if !s.pg {
		return nil
	}
	var have bool
	if err := s.rsql.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM case_files WHERE sha256 = ?)`, sha).Scan(&have); err != nil {
		return internal("read case files", err)
	}
	if have {
		return nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return internal("read case file", err)
	}
	if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != sha {
		return internal("store case file", fmt.Errorf("%s does not have the SHA-256 %s", path, sha))
	}
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO case_files (sha256, size, content) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING`, sha, int64(len(b)), b); err != nil {
		return internal("store case file", err)
	}
	return internal("commit", tx.Commit())
}

// FetchFile writes the stored file sha to dst (a temp file beside it, fsynced, its SHA-256
// checked, renamed, mode 0600); ENotFound when the database does not hold it.
func (s *Store) FetchFile(ctx context.Context, sha, dst string) error {
	if !s.pg {
		return &review.Error{Code: review.ENotFound, Message: "the case file is not stored"}
	}
	var b []byte
	err := s.rsql.QueryRowContext(ctx, `SELECT content FROM case_files WHERE sha256 = ?`, sha).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return &review.Error{Code: review.ENotFound, Message: "the case file is not in the database"}
	}
	if err != nil {
		return internal("read case file", err)
	}
	if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != sha {
		return internal("read case file", fmt.Errorf("the stored file %s does not have its SHA-256: damaged", sha))
	}
	dir := filepath.Dir(dst)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return internal("write case file", err)
	}
	tmp, err := os.CreateTemp(dir, ".fetched-*")
	if err != nil {
		return internal("write case file", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(b)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	return internal("write case file", err)
}
