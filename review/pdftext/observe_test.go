package pdftext

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"tillsyn/review"
)

// countingObserver records what an Extractor tells its Observer.
type countingObserver struct {
	mu      sync.Mutex
	started int
	lost    map[string]int
	files   map[review.DocStatus]int
}

func (c *countingObserver) WorkerStarted() { c.mu.Lock(); c.started++; c.mu.Unlock() }
func (c *countingObserver) WorkerLost(reason string) {
	c.mu.Lock()
	c.lost[reason]++
	c.mu.Unlock()
}
func (c *countingObserver) FileRead(st review.DocStatus, _ time.Duration) {
	c.mu.Lock()
	c.files[st]++
	c.mu.Unlock()
}

func newCounting() *countingObserver {
	return &countingObserver{lost: map[string]int{}, files: map[review.DocStatus]int{}}
}

// TestObserver: every file read is reported with its status, the workers started once for
// a run of files, a worker that overran is reported lost for "timeout" and replaced.
func TestObserver(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "demo", "casefiles", "forshaga_SN-2015-111")
	notPDF := filepath.Join(t.TempDir(), "x.pdf")
	os.WriteFile(notPDF, []byte("inte en pdf"), 0o600)
	obs := newCounting()
	opt := testOptions()
	opt.Workers, opt.Observer = 1, obs
	e := newTestExtractor(t, opt)
	paths := []string{filepath.Join(dir, "utredning_2015-01-25.pdf"), filepath.Join(dir, "vardplan.pdf"), notPDF}
	e.Extract(context.Background(), paths)
	if obs.files[review.DocOK] != 2 || obs.files[review.DocNotPDF] != 1 || obs.started != 1 || len(obs.lost) != 0 {
		t.Fatalf("files %v, started %d, lost %v; want 2 ok, 1 not_pdf, one worker, none lost", obs.files, obs.started, obs.lost)
	}

	hang := newCounting()
	e = newTestExtractor(t, Options{Command: []string{"sleep", "600"}, Timeout: 200 * time.Millisecond, Pdftotext: "-", Observer: hang})
	e.Extract(context.Background(), paths[:1])
	e.Extract(context.Background(), paths[:1])
	if hang.lost["timeout"] != 2 || hang.started != 2 || hang.files[review.DocTimeout] != 2 {
		t.Fatalf("hanging worker: lost %v, started %d, files %v; want 2 timeouts, 2 workers started", hang.lost, hang.started, hang.files)
	}
}

// TestProbe: a worker that starts and ends cleanly passes; one that cannot start, or fails,
// does not.
func TestProbe(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := newTestExtractor(t, testOptions()).Probe(ctx); err != nil {
		t.Fatalf("probe of the real worker: %v", err)
	}
	for _, cmd := range [][]string{{"/nonexistent/worker"}, {"sh", "-c", "echo 'fatal error: boom' >&2; exit 2"}, {"sh", "-c", "echo 'cannot limit memory' >&2"}} {
		if err := newTestExtractor(t, Options{Command: cmd}).Probe(ctx); err == nil {
			t.Errorf("probe of %v passed", cmd)
		}
	}
	short, cancel2 := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel2()
	if err := newTestExtractor(t, Options{Command: []string{"sleep", "600"}}).Probe(short); err == nil {
		t.Error("probe of a worker that never ends passed")
	}
}
