package pdftext

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Shared locations of real test files. Tests that need them skip locally when they are
// missing, and fail when CI=true.
const (
	sharedDir  = "../../../shared" // beside the repository, as in CI
	evalDir    = sharedDir + "/eval-public"
	corpusDir  = sharedDir + "/pdf-corpus"
	workerFlag = "__pdftext-worker"
)

// inCI reports a CI run, where a test that needs a resource must fail rather than skip:
// CI set to anything but "", "0" or "false" (CI systems write "true", "1", "yes").
func inCI() bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv("CI")))
	return v != "" && v != "0" && v != "false"
}

// need skips the test locally (fails it in CI) when path does not exist.
func need(t testing.TB, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		if inCI() {
			t.Fatalf("required test resource missing in CI: %v", err)
		}
		t.Skipf("test resource missing: %v", err)
	}
}

// needPdftotext returns the path of pdftotext, skipping locally (failing in CI) without it.
func needPdftotext(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("pdftotext")
	if err != nil {
		if inCI() {
			t.Fatalf("pdftotext is required in CI: %v", err)
		}
		t.Skipf("pdftotext not installed: %v", err)
	}
	return p
}

// words splits text into word tokens for the overlap measure: maximal runs of letters,
// digits and combining marks, after the same normalisation the extractor applies. Punctuation
// and spacing around it are ignored, so the measure is about words (glued or split words,
// lost or wrong letters), not layout.
func words(s string) []string {
	s = normalize(s)
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
	})
}

// overlap counts, as multisets, the words of ref (pdftotext) and got (ours) and how many
// they share. Recall = common/len(ref), precision = common/len(got), F1 their harmonic mean.
type overlap struct{ ref, got, common int }

func (o *overlap) add(ref, got string) {
	rw, gw := words(ref), words(got)
	m := map[string]int{}
	for _, w := range rw {
		m[w]++
	}
	c := 0
	for _, w := range gw {
		if m[w] > 0 {
			m[w]--
			c++
		}
	}
	o.ref += len(rw)
	o.got += len(gw)
	o.common += c
}

func (o overlap) recall() float64 {
	if o.ref == 0 {
		return 1
	}
	return float64(o.common) / float64(o.ref)
}

func (o overlap) precision() float64 {
	if o.got == 0 {
		return 1
	}
	return float64(o.common) / float64(o.got)
}

func (o overlap) f1() float64 {
	r, p := o.recall(), o.precision()
	if r+p == 0 {
		return 0
	}
	return 2 * r * p / (r + p)
}

// truthDoc is the part of truth.json the tests use.
type truth struct {
	Cases []struct {
		Documents []struct {
			File        string `json:"file"`
			ProducerKey string `json:"producer_key"`
			Pages       int    `json:"pages"`
			Opens       bool   `json:"opens"`
			TextLayer   string `json:"text_layer"`
			Image       []int  `json:"image_only_pages"`
		} `json:"documents"`
	} `json:"cases"`
	NoTextLayer []struct {
		File  string `json:"file"`
		Pages []int  `json:"image_only_pages"`
	} `json:"documents_without_text_layer"`
	CannotOpen []struct {
		File    string `json:"file"`
		Problem string `json:"problem"`
	} `json:"documents_that_cannot_be_opened"`
	Encrypted []struct {
		File     string `json:"file"`
		Password string `json:"user_password"`
	} `json:"encrypted_documents"`
}

func loadTruth(t testing.TB) truth {
	t.Helper()
	need(t, filepath.Join(evalDir, "truth.json"))
	b, err := os.ReadFile(filepath.Join(evalDir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tr truth
	if err := json.Unmarshal(b, &tr); err != nil {
		t.Fatal(err)
	}
	return tr
}

// evalPDFs lists every PDF under eval-public/casefiles, sorted.
func evalPDFs(t testing.TB) []string {
	t.Helper()
	need(t, filepath.Join(evalDir, "casefiles"))
	files, err := filepath.Glob(filepath.Join(evalDir, "casefiles", "*", "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no eval PDFs: %v", err)
	}
	return files
}

// popplerText runs pdftotext on the whole file and returns its pages.
func popplerText(t testing.TB, bin, path string) ([]string, error) {
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		return nil, err
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages, nil
}

func isNormalized(s string) bool {
	return utf8.ValidString(s) && norm.NFC.IsNormalString(s)
}
