package pdftext

import (
	"context"
	"os/exec"
	"runtime"
	"sync"
	"testing"
	"time"

	"tillsyn/review"
)

// The two benchmarks measure pages per second over every eval-public case-file PDF with the
// same parallelism (runtime.NumCPU()): ours through the worker pool (workers already
// started: the pool is long-lived), and pdftotext run once per file. Compare their pages/s.
// Target: ours at least half of pdftotext's.

func BenchmarkExtractEvalCorpus(b *testing.B) {
	files := evalPDFs(b)
	opt := testOptions()
	opt.Workers = runtime.NumCPU()
	e := newTestExtractor(b, opt)
	pages := 0
	for _, d := range e.Extract(context.Background(), files) { // warm up the pool
		pages += d.NumPages
	}
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, d := range e.Extract(context.Background(), files) {
			if d.Status == review.DocFailed || d.Status == review.DocTimeout {
				b.Fatalf("%s: %s", d.Path, d.Error)
			}
		}
	}
	b.ReportMetric(float64(pages*b.N)/time.Since(start).Seconds(), "pages/s")
}

func BenchmarkPdftotextEvalCorpus(b *testing.B) {
	files := evalPDFs(b)
	bin := needPdftotext(b)
	pages := 0
	for _, f := range files {
		if p, err := popplerText(b, bin, f); err == nil {
			pages += len(p)
		}
	}
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		jobs := make(chan string)
		var wg sync.WaitGroup
		for range runtime.NumCPU() {
			wg.Go(func() {
				for f := range jobs {
					_ = exec.Command(bin, "-enc", "UTF-8", f, "-").Run()
				}
			})
		}
		for _, f := range files {
			jobs <- f
		}
		close(jobs)
		wg.Wait()
	}
	b.ReportMetric(float64(pages*b.N)/time.Since(start).Seconds(), "pages/s")
}
