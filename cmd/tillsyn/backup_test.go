package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/store"
)

// The backup drill: reviewers keep saving while `tillsyn backup` runs in another process;
// the backup restores into a new directory that passes every check and holds every save
// acknowledged before the backup started, the same report and the same case files.
func TestBackupRestoreDrill(t *testing.T) {
	data := sampledDemo(t)
	if _, e, code := tillsyn(t, "ingest", "--data", data, "--audit", "D", "--review-date", "2015-10-01", filepath.Join(demoDir, "casefiles")); code != 0 {
		t.Fatal(e)
	}
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	svc := newService(st)
	ctx := review.WithActor(context.Background(), "drill")
	_, sm, err := svc.ActiveSample(ctx, "D")
	if err != nil {
		t.Fatal(err)
	}
	type ack struct {
		reviewer string
		item     int64
		version  int
		comment  string
		at       time.Time
	}
	var mu sync.Mutex
	var acks []ack
	var saved atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			reviewer := fmt.Sprintf("granskare-%d", w)
			version := map[int64]int{}
			for k := 0; ; k++ {
				select {
				case <-stop:
					return
				default:
				}
				it := sm.Items[(w*5+k)%len(sm.Items)]
				if it.Status != review.StatusSelected {
					continue
				}
				comment := fmt.Sprintf("utkast %d från %s", k, reviewer)
				out, err := svc.SaveScores(ctx, reviewer, it.ID, []review.ScoreInput{{Criterion: review.NeedsAssessment, Verdict: review.Partly, Comment: comment, Version: version[it.ID]}}, false)
				if err != nil {
					t.Errorf("save: %v", err)
					return
				}
				version[it.ID] = out[0].Version
				mu.Lock()
				acks = append(acks, ack{reviewer, it.ID, out[0].Version, comment, time.Now()})
				mu.Unlock()
				saved.Add(1)
			}
		}(w)
	}
	waitFor := func(n int64) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for saved.Load() < n {
			if time.Now().After(deadline) {
				t.Fatalf("only %d saves in a minute", saved.Load())
			}
			time.Sleep(time.Millisecond)
		}
	}
	waitFor(200)
	mu.Lock()
	before := append([]ack(nil), acks...) // acknowledged before the backup started
	mu.Unlock()
	started := saved.Load()
	backup := filepath.Join(t.TempDir(), "tillsyn.backup")
	cmd := exec.Command(os.Args[0], "backup", "--data", data, "--out", backup)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("backup: %v\n%s", err, out)
	}
	waitFor(started + 100) // and more saves after it
	close(stop)
	wg.Wait()
	if t.Failed() {
		return
	}
	if saved.Load() < started+100 {
		t.Fatal("no saves after the backup")
	}
	if fi, err := os.Stat(backup); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("backup file: %v %v", fi, err)
	}
	restored := filepath.Join(t.TempDir(), "återställd")
	if out, e, code := tillsyn(t, "restore", backup, "--data", restored); code != 0 || !strings.Contains(out, "trail verified") {
		t.Fatalf("restore: %d %s %s", code, out, e)
	}
	rst, err := store.OpenExisting(restored)
	if err != nil {
		t.Fatal(err)
	}
	rsvc := newService(rst)
	for _, a := range before {
		scores, err := rsvc.VisibleScores(ctx, a.reviewer, a.item)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, sc := range scores {
			if sc.Reviewer == a.reviewer && sc.Criterion == review.NeedsAssessment && (sc.Version > a.version || sc.Version == a.version && sc.Comment == a.comment) {
				found = true
			}
		}
		if !found {
			t.Fatalf("a save acknowledged before the backup is missing: %+v (restored: %+v)", a, scores)
		}
	}
	rst.Close()
	st.Close()
	// the restored directory serves the same audit: same report, same case files, an intact trail
	for _, args := range [][]string{{"report", "--audit", "D", "--format", "json"}, {"cases", "--audit", "D", "--json"}} {
		a, _, _ := tillsyn(t, append(args, "--data", data)...)
		b, _, _ := tillsyn(t, append(args, "--data", restored)...)
		if a != b || a == "" {
			t.Fatalf("%v differs after restore", args)
		}
	}
	if _, e, code := tillsyn(t, "trail", "verify", "--data", restored); code != 0 {
		t.Fatal(e)
	}
	n := 0
	filepath.WalkDir(filepath.Join(restored, "files"), func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			n++
		}
		return nil
	})
	if n == 0 {
		t.Fatal("no case files restored")
	}
	// a non-empty target, a damaged backup and a backup with a file too many are refused
	if _, e, code := tillsyn(t, "restore", backup, "--data", restored); code != 1 || !strings.Contains(e, "not empty") {
		t.Fatalf("non-empty target: %d %s", code, e)
	}
	b, _ := os.ReadFile(backup)
	b[len(b)/2] ^= 0xff
	damaged := filepath.Join(t.TempDir(), "trasig.backup")
	os.WriteFile(damaged, b, 0o600)
	target := filepath.Join(t.TempDir(), "ny")
	if _, e, code := tillsyn(t, "restore", damaged, "--data", target); code != 1 {
		t.Fatalf("damaged backup restored: %s", e)
	}
	if _, err := os.Stat(target); err == nil {
		t.Fatal("a failed restore left the directory behind")
	}
}
