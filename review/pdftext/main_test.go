package pdftext

import (
	"os"
	"testing"
	"time"
)

// TestMain lets the test binary act as the worker child: started with the argument
// "__pdftext-worker" it serves requests instead of running tests.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == WorkerArg {
		os.Exit(WorkerMain(os.Stdin, os.Stdout))
	}
	os.Exit(m.Run())
}

// testOptions returns Options whose workers are this test binary.
func testOptions() Options {
	return Options{
		Command: []string{os.Args[0], WorkerArg},
		Timeout: 20 * time.Second,
	}
}

// newTestExtractor returns an Extractor closed at the end of the test.
func newTestExtractor(t testing.TB, opt Options) *Extractor {
	t.Helper()
	e := New(opt)
	t.Cleanup(func() { e.Close() })
	return e
}
