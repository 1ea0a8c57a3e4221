package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// Callers share readings of the data version, but each must see every commit made before
// its call: a commit between two calls of one goroutine always shows, with many goroutines
// calling and committing at once, and no commit means no change.
func TestDataVersionSeesEveryEarlierCommit(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, DBFile)+"?_busy_timeout=10000")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Exec(`CREATE TABLE t (n INTEGER)`); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	a, _ := s.DataVersion(ctx)
	if b, _ := s.DataVersion(ctx); a != b || a == "" {
		t.Fatalf("no commit, yet %q → %q", a, b)
	}
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				before, err := s.DataVersion(ctx)
				if err != nil {
					t.Error(err)
					return
				}
				if _, err := other.Exec(`INSERT INTO t VALUES (?)`, g); err != nil {
					t.Error(err)
					return
				}
				after, err := s.DataVersion(ctx)
				if err != nil {
					t.Error(err)
					return
				}
				if after == before {
					t.Errorf("goroutine %d: a commit between two calls did not show (%s)", g, after)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

// Closing the store twice returns, and the data version is an error afterwards.
func TestDataVersionAfterClose(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DataVersion(context.Background()); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		s.Close()
		s.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("a second Close did not return")
	}
	if _, err := s.DataVersion(context.Background()); err == nil {
		t.Fatal("data version of a closed store")
	}
}
