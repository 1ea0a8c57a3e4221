package store_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
)

// Every SQLite migration has its PostgreSQL twin of the same number, and no other.
func TestMigrationsComeInPairs(t *testing.T) {
	nums := func(dir string) map[string]bool {
		out := map[string]bool{}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".sql") {
				out[strings.SplitN(e.Name(), "_", 2)[0]] = true
			}
		}
		return out
	}
	lite, pg := nums("migrations"), nums(filepath.Join("migrations", "postgres"))
	for n := range lite {
		if !pg[n] {
			t.Errorf("migration %s has no PostgreSQL twin in migrations/postgres/", n)
		}
	}
	for n := range pg {
		if !lite[n] {
			t.Errorf("PostgreSQL migration %s has no SQLite twin in migrations/", n)
		}
	}
}

// A store reports ready on either engine once migrated.
func TestReady(t *testing.T) {
	st := storetest.Open(t, t.TempDir())
	defer st.Close()
	if err := st.Ready(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// Instances starting at once on an empty database migrate one after the other under the
// advisory lock: all open, the schema is there once, and opening again migrates nothing.
func TestPostgresInstancesStartTogether(t *testing.T) {
	u := storetest.NewDatabase(t)
	dir := t.TempDir()
	key := filepath.Join(dir, "key")
	if err := os.WriteFile(key, []byte(strings.Repeat("k", 32)), 0o600); err != nil {
		t.Fatal(err)
	}
	const n = 4
	stores := make([]*store.Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			stores[i], errs[i] = store.OpenWith(filepath.Join(dir, "i"+string(rune('0'+i))), store.Options{Database: u, KeyFile: key}, true)
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("instance %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	w, _ := stores[0].DB()
	var migs, trailStarts int
	if err := w.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&migs); err != nil {
		t.Fatal(err)
	}
	want, _ := fs.Glob(os.DirFS("migrations/postgres"), "*.sql")
	if migs != len(want) {
		t.Errorf("%d migrations recorded, want %d", migs, len(want))
	}
	if err := w.QueryRow(`SELECT count(*) FROM trail WHERE action = 'trail.start'`).Scan(&trailStarts); err != nil {
		t.Fatal(err)
	}
	if trailStarts != 1 {
		t.Errorf("%d trail starts, want 1", trailStarts)
	}
	for i, st := range stores {
		if err := st.Ready(context.Background()); err != nil {
			t.Errorf("instance %d: %v", i, err)
		}
		if string(st.PseudonymKey()) != strings.Repeat("k", 32) {
			t.Errorf("instance %d: not the key of --key-file", i)
		}
	}
}
