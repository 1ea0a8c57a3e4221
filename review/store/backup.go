package store

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"tillsyn/review"
)

// BackupFormat names the layout of a backup file.
const BackupFormat = "tillsyn-backup/1"

// manifestName is the first entry of a backup: what the rest must be.
const manifestName = "MANIFEST.json"

// Manifest describes a backup: every file in it with its size and SHA-256, and the trail head
// of the database it holds.
type Manifest struct {
	Format      string          `json:"format"`
	CreatedAt   time.Time       `json:"created_at"`
	ToolVersion string          `json:"tool_version"`
	Schema      int             `json:"schema"`
	TrailHead   string          `json:"trail_head"` // SEQ:HASH
	Files       []ManifestEntry `json:"files"`
}

// ManifestEntry is one file of a backup.
type ManifestEntry struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// BackupResult says what a backup holds.
type BackupResult struct {
	File      string `json:"file"`
	Bytes     int64  `json:"bytes"`
	SHA256    string `json:"sha256"` // of the backup file itself
	CaseFiles int    `json:"case_files"`
	TrailHead string `json:"trail_head"`
}

// Backup writes one consistent backup of the data directory to out (a gzip-compressed tar):
// the database as one snapshot (SQLite's VACUUM INTO, which reads one transaction while the
// server goes on serving and saving), checked with integrity_check, the pseudonym key, and
// every stored case file the snapshot refers to, each checked against its SHA-256 name, with
// a manifest first. It writes to a temporary file beside out, syncs it and renames it into
// place, so out is either the whole backup or untouched. The trail records the backup.
func (s *Store) Backup(ctx context.Context, out, toolVersion string) (BackupResult, error) {
	if s.pg {
		return BackupResult{}, &review.Error{Code: review.EInvalid, Message: "the database is PostgreSQL's: back it up with pg_dump (pg_dump --format=custom --file=tillsyn.dump '" +
			RedactURL(s.dsn) + "'), and the pseudonym key and the files folder of " + s.dir + " with it; see the README's section on PostgreSQL"}
	}
	res := BackupResult{File: out}
	work, err := os.MkdirTemp(filepath.Dir(out), ".tillsyn-backup-")
	if err != nil {
		return res, fmt.Errorf("backup: %w", err)
	}
	defer os.RemoveAll(work)
	snap := filepath.Join(work, DBFile)
	if _, err := s.rsql.ExecContext(ctx, `VACUUM INTO ?`, snap); err != nil {
		return res, internal("backup: snapshot of the database", err)
	}
	db, err := sql.Open("sqlite3", "file:"+strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(snap)+"?mode=ro")
	if err != nil {
		return res, err
	}
	defer db.Close()
	if err := integrityCheck(ctx, db); err != nil {
		return res, fmt.Errorf("backup: the snapshot fails its integrity check: %w", err)
	}
	var m Manifest
	m.Format, m.CreatedAt, m.ToolVersion = BackupFormat, time.Now().UTC(), toolVersion
	if err := db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&m.Schema); err != nil {
		return res, internal("backup: read schema", err)
	}
	var seq int64
	var hash string
	if err := db.QueryRowContext(ctx, `SELECT seq, hash FROM trail ORDER BY seq DESC LIMIT 1`).Scan(&seq, &hash); err != nil {
		return res, internal("backup: read trail head", err)
	}
	m.TrailHead = fmt.Sprintf("%d:%s", seq, hash)
	var shas []string
	if err := eachRow(ctx, db, `SELECT DISTINCT sha256 FROM documents WHERE status <> 'not_pdf' ORDER BY sha256`, func(r *sql.Rows) error {
		var sh string
		if err := r.Scan(&sh); err != nil {
			return err
		}
		shas = append(shas, sh)
		return nil
	}); err != nil {
		return res, err
	}
	db.Close()
	type src struct{ name, path string }
	srcs := []src{{DBFile, snap}, {KeyFile, filepath.Join(s.dir, KeyFile)}}
	for _, sh := range shas {
		if !shaName.MatchString(sh) {
			return res, fmt.Errorf("backup: a document names the file %q, which is not a SHA-256", sh)
		}
		srcs = append(srcs, src{"files/" + sh[:2] + "/" + sh, filepath.Join(s.dir, "files", sh[:2], sh)})
	}
	for _, f := range srcs {
		size, sum, err := hashFile(f.path)
		if err != nil {
			return res, fmt.Errorf("backup: %w", err)
		}
		if strings.HasPrefix(f.name, "files/") && sum != path.Base(f.name) {
			return res, fmt.Errorf("backup: the stored file %s no longer has the content its name says (SHA-256 %s): the file store is damaged", f.path, sum)
		}
		m.Files = append(m.Files, ManifestEntry{Path: f.name, Size: size, SHA256: sum})
	}
	res.CaseFiles = len(shas)
	res.TrailHead = m.TrailHead

	tmp, err := os.CreateTemp(filepath.Dir(out), ".tillsyn-backup-*.tmp")
	if err != nil {
		return res, fmt.Errorf("backup: %w", err)
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	gz := gzip.NewWriter(io.MultiWriter(tmp, h))
	tw := tar.NewWriter(gz)
	mb, _ := json.MarshalIndent(m, "", "  ")
	if err := tw.WriteHeader(&tar.Header{Name: manifestName, Mode: 0o600, Size: int64(len(mb)), ModTime: m.CreatedAt, Typeflag: tar.TypeReg}); err != nil {
		return res, err
	}
	if _, err := tw.Write(mb); err != nil {
		return res, err
	}
	for i, f := range srcs {
		if err := addToTar(tw, f.name, f.path, m.Files[i]); err != nil {
			return res, fmt.Errorf("backup: %w", err)
		}
	}
	if err := tw.Close(); err != nil {
		return res, err
	}
	if err := gz.Close(); err != nil {
		return res, err
	}
	if err := tmp.Sync(); err != nil {
		return res, err
	}
	fi, err := tmp.Stat()
	if err != nil {
		return res, err
	}
	if err := tmp.Close(); err != nil {
		return res, err
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return res, fmt.Errorf("backup: %w", err)
	}
	syncDir(filepath.Dir(out))
	res.Bytes, res.SHA256 = fi.Size(), hex.EncodeToString(h.Sum(nil))
	// the trail of the running data directory records that a backup was made, and of what
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return res, internal("begin", err)
	}
	defer tx.Rollback()
	if _, err := appendTrail(ctx, tx, review.ActionBackup, 0, "data", map[string]any{"sha256": res.SHA256, "bytes": res.Bytes,
		"case_files": res.CaseFiles, "trail_head": m.TrailHead}, time.Now()); err != nil {
		return res, err
	}
	return res, internal("commit", tx.Commit())
}

var shaName = regexp.MustCompile(`^[0-9a-f]{64}$`)

func hashFile(p string) (int64, string, error) {
	f, err := os.Open(p)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return 0, "", err
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

// addToTar copies a file into the archive and checks that what was copied is what was hashed.
func addToTar(tw *tar.Writer, name, p string, want ManifestEntry) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o600, Size: want.Size, ModTime: time.Now().UTC(), Typeflag: tar.TypeReg}); err != nil {
		return err
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tw, h), io.LimitReader(f, want.Size))
	if err != nil {
		return err
	}
	if n != want.Size || hex.EncodeToString(h.Sum(nil)) != want.SHA256 {
		return fmt.Errorf("%s changed while it was being backed up", p)
	}
	return nil
}

func syncDir(d string) {
	if f, err := os.Open(d); err == nil {
		f.Sync()
		f.Close()
	}
}

func integrityCheck(ctx context.Context, db *sql.DB) error {
	var msgs []string
	if err := eachRow(ctx, db, `PRAGMA integrity_check`, func(r *sql.Rows) error {
		var m string
		if err := r.Scan(&m); err != nil {
			return err
		}
		msgs = append(msgs, m)
		return nil
	}); err != nil {
		return err
	}
	if len(msgs) != 1 || msgs[0] != "ok" {
		return errors.New(strings.Join(msgs, "; "))
	}
	return nil
}

// RestoreResult says what a restore did.
type RestoreResult struct {
	Dir       string    `json:"dir"`
	CreatedAt time.Time `json:"backup_created_at"`
	Files     int       `json:"files"`
	CaseFiles int       `json:"case_files"`
	TrailHead string    `json:"trail_head"`
}

// maxRestoreEntry bounds one file of a backup (a database or a case file), so a damaged or
// hostile archive cannot fill the disk through one entry.
const maxRestoreEntry = 64 << 30

// Restore unpacks a backup into dir, which must not exist or be empty: every file is checked
// against the manifest (names, sizes, SHA-256; nothing outside the layout is accepted), the
// database passes integrity_check and the trail verifies. It unpacks into a temporary folder
// beside dir and renames it into place at the end, so a failed restore leaves nothing behind.
func Restore(ctx context.Context, archive, dir string) (RestoreResult, error) {
	res := RestoreResult{Dir: dir}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return res, fmt.Errorf("restore: %s is not empty: restore into a new or empty directory (and move the old one aside yourself)", dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return res, fmt.Errorf("restore: %w", err)
	}
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o700); err != nil {
		return res, fmt.Errorf("restore: %w", err)
	}
	work, err := os.MkdirTemp(parent, ".tillsyn-restore-")
	if err != nil {
		return res, fmt.Errorf("restore: %w", err)
	}
	defer os.RemoveAll(work)
	f, err := os.Open(archive)
	if err != nil {
		return res, fmt.Errorf("restore: %w", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return res, fmt.Errorf("restore: %s is not a Tillsyn backup (not gzip): %w", archive, err)
	}
	tr := tar.NewReader(gz)
	hd, err := tr.Next()
	if err != nil || hd.Name != manifestName || hd.Size > 64<<20 {
		return res, fmt.Errorf("restore: %s is not a Tillsyn backup (no manifest first)", archive)
	}
	var m Manifest
	if err := json.NewDecoder(io.LimitReader(tr, hd.Size)).Decode(&m); err != nil || m.Format != BackupFormat {
		return res, fmt.Errorf("restore: %s: the manifest is not %s", archive, BackupFormat)
	}
	want := map[string]ManifestEntry{}
	for _, e := range m.Files {
		if !validBackupPath(e.Path) {
			return res, fmt.Errorf("restore: the manifest names %q, which is not a file of a data directory", e.Path)
		}
		want[e.Path] = e
	}
	got := map[string]bool{}
	for {
		hd, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return res, fmt.Errorf("restore: %s is damaged: %w", archive, err)
		}
		e, ok := want[hd.Name]
		if !ok || hd.Typeflag != tar.TypeReg || got[hd.Name] {
			return res, fmt.Errorf("restore: %s holds %q, which its manifest does not list (or lists once): refused", archive, hd.Name)
		}
		if hd.Size != e.Size || e.Size > maxRestoreEntry {
			return res, fmt.Errorf("restore: %s: %d bytes, the manifest says %d", hd.Name, hd.Size, e.Size)
		}
		got[hd.Name] = true
		p := filepath.Join(work, filepath.FromSlash(hd.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			return res, err
		}
		w, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return res, err
		}
		h := sha256.New()
		n, err := io.Copy(io.MultiWriter(w, h), io.LimitReader(tr, e.Size))
		if err == nil {
			err = w.Sync()
		}
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return res, fmt.Errorf("restore: %s: %w", hd.Name, err)
		}
		if n != e.Size || hex.EncodeToString(h.Sum(nil)) != e.SHA256 {
			return res, fmt.Errorf("restore: %s does not match its SHA-256 in the manifest: the backup is damaged", hd.Name)
		}
		if strings.HasPrefix(hd.Name, "files/") {
			res.CaseFiles++
		}
		res.Files++
	}
	for _, e := range m.Files {
		if !got[e.Path] {
			return res, fmt.Errorf("restore: %s is listed in the manifest but missing from the backup", e.Path)
		}
	}
	if !got[DBFile] || !got[KeyFile] {
		return res, fmt.Errorf("restore: the backup holds no %s or no %s", DBFile, KeyFile)
	}
	db, err := sql.Open("sqlite3", "file:"+strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.Join(work, DBFile))+"?mode=ro")
	if err != nil {
		return res, err
	}
	err = integrityCheck(ctx, db)
	db.Close()
	if err != nil {
		return res, fmt.Errorf("restore: the database fails its integrity check: %w", err)
	}
	// open it as Tillsyn does (migrations for an older backup), verify the trail, record
	st, err := OpenExisting(work)
	if err != nil {
		return res, fmt.Errorf("restore: %w", err)
	}
	rep, err := st.VerifyTrail(ctx)
	if err == nil && !rep.Intact {
		err = fmt.Errorf("the trail of the backup does not verify: %s", rep.Breaks[0].Reason)
	}
	if err == nil {
		var tx *sqlTx
		if tx, err = st.wsql.BeginTx(ctx, nil); err == nil {
			_, err = appendTrail(ctx, tx, review.ActionRestore, 0, "data", map[string]any{"backup_created_at": m.CreatedAt, "backup_trail_head": m.TrailHead, "files": res.Files}, time.Now())
			if err == nil {
				err = tx.Commit()
			} else {
				tx.Rollback()
			}
		}
	}
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return res, fmt.Errorf("restore: %w", err)
	}
	if err := os.Remove(dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return res, fmt.Errorf("restore: %w", err)
	}
	if err := os.Rename(work, dir); err != nil {
		return res, fmt.Errorf("restore: %w", err)
	}
	syncDir(parent)
	res.CreatedAt, res.TrailHead = m.CreatedAt, m.TrailHead
	return res, nil
}

// validBackupPath accepts only the files of a data directory: the database, the key and the
// content-addressed case files.
func validBackupPath(p string) bool {
	if p == DBFile || p == KeyFile {
		return true
	}
	parts := strings.Split(p, "/")
	return len(parts) == 3 && parts[0] == "files" && shaName.MatchString(parts[2]) && parts[1] == parts[2][:2]
}
