package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tillsyn/review/store"
)

// Gallring removes an audit's personal data and leaves no trace of it in the database file or
// its WAL: the raw bytes are searched for a removed diarienummer, a sentence of a removed page
// and a removed comment. The aggregates, the protocol and an intact trail remain.
func TestGallringLeavesNoTrace(t *testing.T) {
	data := sampledDemo(t)
	if _, e, code := tillsyn(t, "ingest", "--data", data, "--audit", "D", "--review-date", "2015-10-01", filepath.Join(demoDir, "casefiles")); code != 0 {
		t.Fatal(e)
	}
	scores := filepath.Join(t.TempDir(), "s.csv")
	os.WriteFile(scores, []byte("committee,diarienummer,reviewer,criterion,verdict,comment\n"+
		"Forshaga,SN 2015/111,A,planning,nej,Klienten Sixten Sjöberg saknar vårdplan helt\n"+
		"Forshaga,SN 2015/111,A,needs_assessment,ja,\n"+
		"Forshaga,SN 2015/111,A,follow_up,ja,\n"+
		"Forshaga,SN 2015/111,A,assignment_description,ja,\n"), 0o600)
	if _, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", scores); code != 0 {
		t.Fatal(e)
	}
	raw := func() []byte {
		var all []byte
		for _, f := range []string{store.DBFile, store.DBFile + "-wal"} {
			b, _ := os.ReadFile(filepath.Join(data, f))
			all = append(all, b...)
		}
		return all
	}
	// three things that are certainly in the data before: a diarienummer, a sentence of a
	// page of the case files, and the comment
	dnr, comment := []byte("SN 2015/111"), []byte("Sixten Sjöberg")
	var sentence []byte
	out, _, _ := tillsyn(t, "cases", "--data", data, "--audit", "D", "--list", "--json")
	if !strings.Contains(out, "SN 2015/111") {
		t.Fatal("the case list lacks the diarienummer")
	}
	st, err := store.OpenExisting(data)
	if err != nil {
		t.Fatal(err)
	}
	_, rdb := st.DB()
	var text string
	if err := rdb.QueryRow(`SELECT text FROM pages WHERE length(text) > 200 LIMIT 1`).Scan(&text); err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, line := range strings.Split(text, "\n") {
		if len(line) > 40 {
			sentence = []byte(line)
			break
		}
	}
	b := raw()
	if !bytes.Contains(b, dnr) || !bytes.Contains(b, comment) || !bytes.Contains(b, sentence) {
		t.Fatalf("the test data is not where the test looks (%v %v %v)", bytes.Contains(b, dnr), bytes.Contains(b, comment), bytes.Contains(b, sentence))
	}
	reportBefore, _, _ := tillsyn(t, "report", "--data", data, "--audit", "D", "--format", "json")
	// a dry run changes nothing
	out, _, code := tillsyn(t, "gallra", "--data", data, "--audit", "D", "--reason", "Bevarandetiden har löpt ut", "--dry-run", "--json")
	var dry struct {
		Documents, Pages, Comments int
		DryRun                     bool `json:"dry_run"`
	}
	json.Unmarshal([]byte(out), &dry)
	if code != 0 || !dry.DryRun || dry.Documents == 0 || dry.Pages == 0 || dry.Comments != 1 {
		t.Fatalf("dry run: %d %s", code, out)
	}
	if !bytes.Contains(raw(), dnr) {
		t.Fatal("the dry run removed data")
	}
	if _, e, code := tillsyn(t, "gallra", "--data", data, "--audit", "D", "--reason", "Bevarandetiden har löpt ut"); code != 0 {
		t.Fatal(e)
	}
	b = raw()
	for what, s := range map[string][]byte{"diarienummer": dnr, "comment": comment, "page sentence": sentence} {
		if bytes.Contains(b, s) {
			t.Errorf("the %s %q is still in the database file or its WAL", what, s)
		}
	}
	n := 0
	filepath.WalkDir(filepath.Join(data, "files"), func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			n++
		}
		return nil
	})
	if n != 0 {
		t.Errorf("%d stored case files left", n)
	}
	// what stays: the findings (the same verdicts per committee), an intact trail with the
	// gallring in it; nothing more can be changed
	reportAfter, _, code := tillsyn(t, "report", "--data", data, "--audit", "D", "--format", "json")
	if code != 0 || findingsOnly(t, reportAfter) != findingsOnly(t, reportBefore) {
		t.Fatalf("the findings changed:\n%s\n%s", reportBefore, reportAfter)
	}
	if out, e, code := tillsyn(t, "trail", "verify", "--data", data); code != 0 {
		t.Fatal(out, e)
	}
	out, _, _ = tillsyn(t, "trail", "show", "--data", data, "--audit", "D")
	if !strings.Contains(out, "audit.gallra") || !strings.Contains(out, "Bevarandetiden") {
		t.Fatal("the gallring is not in the trail")
	}
	if _, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", scores); code != 1 || !strings.Contains(e, "gallrad") {
		t.Fatalf("scores into a purged audit: %d %s", code, e)
	}
	if _, e, code := tillsyn(t, "gallra", "--data", data, "--audit", "D", "--reason", "igen"); code != 1 {
		t.Fatalf("a second gallring: %s", e)
	}
}

// findingsOnly is a report's verdict counts per committee and criterion, without the case
// lists (which name the cases, by diarienummer before gallring and by id after).
func findingsOnly(t *testing.T, report string) string {
	t.Helper()
	var r struct {
		Committees []struct {
			Committee string         `json:"committee"`
			Criteria  map[string]any `json:"criteria"`
			Action    any            `json:"action_required"`
		} `json:"committees"`
	}
	if err := json.Unmarshal([]byte(report), &r); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, c := range r.Committees {
		for k, v := range c.Criteria {
			m, _ := v.(map[string]any)
			delete(m, "cases")
			for kk := range m {
				if strings.HasSuffix(kk, "_cases") {
					delete(m, kk)
				}
			}
			_ = k
		}
		j, _ := json.Marshal(c)
		b.Write(j)
	}
	return b.String()
}
