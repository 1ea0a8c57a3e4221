package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tillsyn/review/store"
)

// Finding 5 of the security review: a mistyped --data made a new data directory and key even
// for read-only commands; WAL and SHM were 0644; a 0755 directory stayed so; a 0644 key was
// accepted silently.
func TestDataDirectoryHygiene(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "stavfel")
	for _, args := range [][]string{{"audit", "list"}, {"cases", "--audit", "A"}, {"report", "--audit", "A"}, {"trail", "verify"}, {"user", "list"}} {
		_, e, code := tillsyn(t, append(args, "--data", missing)...)
		if code != 1 || !strings.Contains(e, "does not exist") || !strings.Contains(e, "tillsyn init --data "+missing) {
			t.Errorf("%v: exit %d: %s", args, code, e)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Fatalf("%v created the data directory", args)
		}
	}
	// init makes it; a second init changes nothing
	if out, e, code := tillsyn(t, "init", "--data", missing); code != 0 || !strings.Contains(out, "Created") {
		t.Fatalf("init: %d %s %s", code, out, e)
	}
	if out, _, code := tillsyn(t, "init", "--data", missing); code != 0 || !strings.Contains(out, "already") {
		t.Fatalf("second init: %d %s", code, out)
	}
	mode := func(p string) os.FileMode {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Mode().Perm()
	}
	// a pre-existing 0755 directory, and database files made 0644 by another tool, are mended
	// on the next open; WAL and SHM exist while a command runs and are 0600 from the start
	os.Chmod(missing, 0o755)
	os.Chmod(filepath.Join(missing, store.DBFile), 0o644)
	if _, e, code := tillsyn(t, "audit", "create", "--data", missing, "A"); code != 0 {
		t.Fatal(e)
	}
	st, err := store.OpenExisting(missing)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{store.DBFile, store.DBFile + "-wal", store.DBFile + "-shm", store.KeyFile} {
		if m := mode(filepath.Join(missing, p)); m != 0o600 {
			t.Errorf("%s: %04o", p, m)
		}
	}
	st.Close()
	if m := mode(missing); m != 0o700 {
		t.Errorf("data directory %04o", m)
	}
	// a key others may read is refused, with the command that mends it
	key := filepath.Join(missing, store.KeyFile)
	os.Chmod(key, 0o640)
	_, e, code := tillsyn(t, "audit", "list", "--data", missing)
	if code != 1 || !strings.Contains(e, "chmod 600 "+key) {
		t.Fatalf("0640 key: exit %d: %s", code, e)
	}
	os.Chmod(key, 0o600)
	if _, e, code := tillsyn(t, "audit", "list", "--data", missing); code != 0 {
		t.Fatal(e)
	}
	// a directory that holds other things is not taken over as a data directory
	home := t.TempDir()
	os.WriteFile(filepath.Join(home, "brev.txt"), []byte("x"), 0o644)
	os.Chmod(home, 0o755)
	if _, e, code := tillsyn(t, "init", "--data", home); code != 1 || !strings.Contains(e, "not a Tillsyn data directory") {
		t.Fatalf("a home directory as --data: %d %s", code, e)
	}
	if m := mode(home); m != 0o755 {
		t.Fatalf("its mode was changed to %04o", m)
	}
}
