package pdftext

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
)

// smallEvalPDF returns a small ordinary eval PDF.
func smallEvalPDF(t *testing.T) string {
	p := filepath.Join(evalDir, "casefiles", "forshaga_SN-2015-111", "beslut_bistand.pdf")
	need(t, p)
	return p
}

func TestPrechecks(t *testing.T) {
	dir := t.TempDir()
	notPDF := filepath.Join(dir, "a.pdf")
	os.WriteFile(notPDF, []byte("PK\x03\x04 this is a zip, not a pdf"), 0o600)
	empty := filepath.Join(dir, "empty.pdf")
	os.WriteFile(empty, nil, 0o600)
	big := filepath.Join(dir, "big.pdf")
	os.WriteFile(big, append([]byte("%PDF-1.4\n"), make([]byte, 2000)...), 0o600)
	e := newTestExtractor(t, Options{Command: []string{"/nonexistent/worker"}, MaxFileSize: 1000})
	docs := e.Extract(context.Background(), []string{notPDF, empty, big, filepath.Join(dir, "missing.pdf")})
	want := []review.DocStatus{review.DocNotPDF, review.DocNotPDF, review.DocTooLarge, review.DocFailed}
	for i, d := range docs {
		if d.Status != want[i] {
			t.Errorf("%s: %s (%s), want %s", d.Path, d.Status, d.Error, want[i])
		}
		checkInvariants(t, d)
	}
}

// TestWorkerDies: a worker that dies yields failed for that file; the next file is read by
// a fresh worker.
func TestWorkerDies(t *testing.T) {
	pdf := smallEvalPDF(t)
	e := newTestExtractor(t, Options{Command: []string{"sh", "-c", "read line; echo 'fatal error: boom' >&2; exit 2"}, Pdftotext: "-"})
	d := e.Extract(context.Background(), []string{pdf})[0]
	if d.Status != review.DocFailed || !strings.Contains(d.Error, "boom") {
		t.Errorf("status %s (%s), want failed mentioning the worker's message", d.Status, d.Error)
	}
}

// TestWorkerHangs: a worker that never answers is killed at the time limit.
func TestWorkerHangs(t *testing.T) {
	pdf := smallEvalPDF(t)
	e := newTestExtractor(t, Options{Command: []string{"sleep", "600"}, Timeout: 300 * time.Millisecond, Pdftotext: "-"})
	start := time.Now()
	d := e.Extract(context.Background(), []string{pdf})[0]
	if d.Status != review.DocTimeout {
		t.Errorf("status %s (%s), want timeout", d.Status, d.Error)
	}
	if el := time.Since(start); el > 300*time.Millisecond+grace+2*time.Second {
		t.Errorf("took %v", el)
	}
}

// TestWorkerGarbage: a worker that writes something other than the protocol is failed.
func TestWorkerGarbage(t *testing.T) {
	pdf := smallEvalPDF(t)
	e := newTestExtractor(t, Options{Command: []string{"sh", "-c", "read line; echo 'hello'; sleep 600"}, Pdftotext: "-"})
	d := e.Extract(context.Background(), []string{pdf})[0]
	if d.Status != review.DocFailed {
		t.Errorf("status %s (%s), want failed", d.Status, d.Error)
	}
}

// TestMemoryLimit: a worker over its memory limit dies alone; the parent reports failed and
// goes on. The Go runtime itself still starts under the 2 GiB default (checked by starting
// the worker under "ulimit -d", so the limit is in place before the runtime starts).
func TestMemoryLimit(t *testing.T) {
	big := filepath.Join(corpusDir, "files", "pdfcpu__samples-basic-UserFont_CJKV.pdf")
	need(t, big)
	pdf := smallEvalPDF(t)
	opt := testOptions()
	opt.MemoryLimit = 1 << 20 // 1 MiB: the first sizeable allocation fails
	opt.Pdftotext = "-"
	e := newTestExtractor(t, opt)
	docs := e.Extract(context.Background(), []string{big, pdf})
	for _, d := range docs {
		// The runtime dies in more than one way when it cannot map memory ("out of memory",
		// or a crash report while growing a stack): either way the file fails, alone.
		if d.Status != review.DocFailed || !strings.Contains(d.Error, "worker") && !strings.Contains(d.Error, "memory") {
			t.Errorf("%s: status %s (%s), want failed by the memory limit", d.Path, d.Status, d.Error)
		}
	}

	kb := defaultMemoryLimit >> 10
	opt = testOptions()
	opt.Command = []string{"sh", "-c", fmt.Sprintf("ulimit -d %d && exec \"$0\" %s", kb, WorkerArg), os.Args[0]}
	e = newTestExtractor(t, opt)
	d := e.Extract(context.Background(), []string{pdf})[0]
	if d.Status != review.DocOK {
		t.Errorf("worker started under ulimit -d %d: status %s (%s)", kb, d.Status, d.Error)
	}
}

// TestWorkersReused: workers live across files and Extract calls.
func TestWorkersReused(t *testing.T) {
	pdf := smallEvalPDF(t)
	opt := testOptions()
	opt.Workers = 2
	e := newTestExtractor(t, opt)
	for range 3 {
		for _, d := range e.Extract(context.Background(), []string{pdf, pdf, pdf, pdf}) {
			if d.Status != review.DocOK {
				t.Fatalf("status %s (%s)", d.Status, d.Error)
			}
		}
	}
	if n := e.started.Load(); n > 2 {
		t.Errorf("%d workers started for 12 files with 2 workers", n)
	}
}

func TestCanceled(t *testing.T) {
	pdf := smallEvalPDF(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	e := newTestExtractor(t, testOptions())
	for _, d := range e.Extract(ctx, []string{pdf, pdf}) {
		if d.Status != review.DocFailed {
			t.Errorf("status %s (%s), want failed", d.Status, d.Error)
		}
	}
}

// TestNoSecondEngine: without pdftotext, a file only poppler can open is still classified.
func TestNoSecondEngine(t *testing.T) {
	tr := loadTruth(t)
	opt := testOptions()
	opt.Pdftotext = "-"
	e := newTestExtractor(t, opt)
	for _, c := range tr.CannotOpen {
		d := e.Extract(context.Background(), []string{filepath.Join(evalDir, c.File)})[0]
		want := review.DocCorrupt
		if c.Problem == "password_protected" {
			want = review.DocEncrypted
		}
		if d.Status != want {
			t.Errorf("%s: %s (%s), want %s", c.File, d.Status, d.Error, want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"ﬁnns ﬂera ﬃga":          "finns flera ffiga",
		"2015−05−12":             "2015-05-12",
		"be\u00ADhand\u00ADling": "behandling",
		"a\u0308r":               "är",
		"Å\u00A0Ö  \n\n":         "Å Ö",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
