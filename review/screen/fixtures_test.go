package screen

import (
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var (
	regenerate = flag.Bool("regenerate", false, "regenerate testdata/eval from the PDFs (needs pdftotext)")
	evalDir    = flag.String("evaldir", "../../../shared/eval-public", "folder holding truth.json and casefiles/")
)

const fixtureDir = "testdata/eval"

type manifestDoc struct {
	File             string `json:"file"`
	Text             string `json:"text"`
	Status           string `json:"status"`
	Pages            int    `json:"pages"`
	PagesWithoutText []int  `json:"pages_without_text"`
	Note             string `json:"note,omitempty"`
}

type manifest struct {
	CaseID    string        `json:"case_id"`
	Documents []manifestDoc `json:"documents"`
}

// TestRegenerate rebuilds the text fixtures from the eval PDFs:
//
//	go test ./review/screen -run TestRegenerate -regenerate
func TestRegenerate(t *testing.T) {
	if !*regenerate {
		t.Skip("run with -regenerate to rebuild testdata/eval")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext not found (Debian: poppler-utils)")
	}
	truthB, err := os.ReadFile(filepath.Join(*evalDir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth struct {
		Cases []struct {
			CaseID    string `json:"case_id"`
			Documents []struct {
				File  string `json:"file"`
				Pages int    `json:"pages"`
			} `json:"documents"`
		} `json:"cases"`
		NoText []struct {
			File           string `json:"file"`
			TextLayer      string `json:"text_layer"`
			ImageOnlyPages []int  `json:"image_only_pages"`
		} `json:"documents_without_text_layer"`
		Unopenable []struct {
			File    string `json:"file"`
			Problem string `json:"problem"`
		} `json:"documents_that_cannot_be_opened"`
	}
	if err := json.Unmarshal(truthB, &truth); err != nil {
		t.Fatal(err)
	}
	problem := map[string]string{}
	for _, u := range truth.Unopenable {
		problem[u.File] = u.Problem
	}
	noText := map[string][]int{}
	for _, n := range truth.NoText {
		noText[n.File] = n.ImageOnlyPages
	}
	if err := os.RemoveAll(fixtureDir); err != nil {
		t.Fatal(err)
	}
	for _, c := range truth.Cases {
		dir := filepath.Join(fixtureDir, c.CaseID)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		m := manifest{CaseID: c.CaseID}
		for _, d := range c.Documents {
			base := filepath.Base(d.File)
			md := manifestDoc{File: base, Text: base + ".txt", Pages: d.Pages}
			out, err := exec.Command("pdftotext", "-enc", "UTF-8", filepath.Join(*evalDir, d.File), "-").Output()
			var text []byte
			if err != nil {
				md.Status = "corrupt"
				if p := problem[d.File]; p == "password_protected" {
					md.Status = "encrypted"
				}
				md.Note = "pdftotext: " + err.Error()
				if p := problem[d.File]; p == "" {
					t.Errorf("%s: pdftotext failed but truth lists no problem", d.File)
				}
			} else {
				doc := FromPdftotext(base, out)
				md.Status = doc.Status
				md.Pages = len(doc.Pages)
				md.PagesWithoutText = doc.PagesWithoutText
				text = out
				if want, ok := noText[d.File]; ok && !equalInts(want, doc.PagesWithoutText) {
					t.Errorf("%s: pages without text %v, truth %v", d.File, doc.PagesWithoutText, want)
				}
			}
			if md.PagesWithoutText == nil {
				md.PagesWithoutText = []int{}
			}
			if err := os.WriteFile(filepath.Join(dir, md.Text), text, 0o644); err != nil {
				t.Fatal(err)
			}
			m.Documents = append(m.Documents, md)
		}
		b, _ := json.MarshalIndent(m, "", "  ")
		if err := os.WriteFile(filepath.Join(dir, "manifest.json"), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(fixtureDir, "truth.json"), truthB, 0o644); err != nil {
		t.Fatal(err)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// loadFixtureCase reads one case's documents from testdata/eval.
func loadFixtureCase(t testing.TB, dir string) []Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var docs []Document
	for _, md := range m.Documents {
		text, err := os.ReadFile(filepath.Join(dir, md.Text))
		if err != nil {
			t.Fatal(err)
		}
		if md.Status == "encrypted" || md.Status == "corrupt" {
			docs = append(docs, Document{File: md.File, Status: md.Status})
			continue
		}
		d := FromPdftotext(md.File, text)
		if d.Status != md.Status {
			t.Fatalf("%s/%s: status %s, manifest %s", dir, md.File, d.Status, md.Status)
		}
		docs = append(docs, d)
	}
	return docs
}

func fixtureCases(t testing.TB) []string {
	t.Helper()
	ents, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatalf("no fixtures (run go test -run TestRegenerate -regenerate): %v", err)
	}
	var ids []string
	for _, e := range ents {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			ids = append(ids, e.Name())
		}
	}
	sort.Strings(ids)
	return ids
}
