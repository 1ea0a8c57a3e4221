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

var (
	fuzzOnce sync.Once
	fuzzExt  *Extractor
)

// FuzzExtract feeds arbitrary bytes through the real extraction path: the bytes are written
// to a file and read by a worker child process (this test binary), exactly as in production,
// with the second engine disabled so the Go engine sees every input. The child path is
// used, rather than calling the engine in-process under recover, because the library's
// failures that matter (endless loops, fatal out-of-memory) cannot be recovered in-process:
// the properties checked are the parent's: it always returns, within the time limit, one
// well-formed DocumentText. Crashes of the child show up as status failed and are accepted.
// Run with: go test ./review/pdftext -run '^$' -fuzz FuzzExtract -fuzztime 60s -fuzzminimizetime 5s
// (each execution is a round trip to the child, so keep minimisation short).
func FuzzExtract(f *testing.F) {
	f.Add(buildPDF("BT /F1 12 Tf 72 800 Td (Hej p\xe5 dig) Tj ET /X1 Do", "BT /F1 10 Tf 400 600 Td (Inkom) Tj ET"))
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	for _, p := range []string{
		"casefiles/forshaga_SN-2015-111/beslut_bistand.pdf",
		"casefiles/hammaro_SON-2014-475/Bilaga 1.pdf",
	} {
		if b, err := os.ReadFile(filepath.Join(evalDir, p)); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
	for _, n := range []string{"qpdf__bad34.pdf", "qpdf__bad35.pdf", "pdfjs__Pages-tree-refs.pdf", "pdfjs__GHOSTSCRIPT-698804-1-fuzzed.pdf"} {
		if b, err := os.ReadFile(filepath.Join(corpusDir, "files", n)); err == nil {
			f.Add(b)
		}
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzOnce.Do(func() {
			opt := testOptions()
			opt.Workers = 1
			opt.Timeout = 5 * time.Second
			opt.Pdftotext = "-"
			fuzzExt = New(opt)
		})
		path := filepath.Join(dir, "in.pdf")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		docs := fuzzExt.Extract(context.Background(), []string{path})
		if len(docs) != 1 {
			t.Fatalf("%d results", len(docs))
		}
		if err := docInvariants(docs[0]); err != nil {
			t.Fatal(err)
		}
		if el := time.Since(start); el > 5*time.Second+grace+time.Second {
			t.Fatalf("took %v", el)
		}
		if docs[0].Status == review.DocNotPDF && len(data) >= 4 && string(data[:4]) == "%PDF" {
			t.Fatalf("a file starting with %%PDF reported not_pdf")
		}
	})
}
