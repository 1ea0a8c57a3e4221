package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sampledDemo imports the demo case list, samples every case and imports the true judgements.
func sampledDemo(t *testing.T) string {
	t.Helper()
	data := t.TempDir()
	tillsyn(t, "audit", "create", "--data", data, "D")
	for _, args := range [][]string{
		{"import", "--data", data, "--audit", "D", filepath.Join(demoDir, "caselist.csv")},
		{"sample", "--data", data, "--audit", "D", "--seed", "s", "--per-committee", "7"},
	} {
		if _, e, code := tillsyn(t, args...); code != 0 {
			t.Fatalf("%v: %s", args, e)
		}
	}
	return data
}

func TestScoresImportReportExport(t *testing.T) {
	data := sampledDemo(t)
	// a bad file: every bad line reported, nothing imported
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte("committee,diarienummer,reviewer,criterion,verdict,comment\n"+
		"Forshaga,SN 2015/111,A,planning,ja,\n"+
		"Forshaga,SN 1999/1,A,planning,ja,\n"+
		"Atlantis,SN 2015/111,A,planning,ja,\n"+
		"Forshaga,SN 2015/111,A,plans,ja,\n"+
		"Forshaga,SN 2015/111,A,follow_up,kanske,\n"+
		"Forshaga,SN 2015/111,A,follow_up,nej,\n"+
		"Forshaga,SN 2015/111,A,planning,nej,dubbel\n"), 0o600)
	out, _, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", "--json", bad)
	if code != 1 {
		t.Fatalf("bad scores: exit %d\n%s", code, out)
	}
	var res struct {
		Invalid []struct {
			Line        int
			Field, Code string
		} `json:"invalid"`
		Imported int `json:"imported"`
	}
	json.Unmarshal([]byte(out), &res)
	lines := map[int]string{}
	for _, iv := range res.Invalid {
		lines[iv.Line] = iv.Code
	}
	want := map[int]string{3: "not_in_sample", 4: "unknown_committee", 5: "invalid_criterion", 6: "invalid_verdict", 7: "missing_value", 8: "duplicate"}
	for l, c := range want {
		if lines[l] != c {
			t.Errorf("line %d: %q, want %q (%v)", l, lines[l], c, res.Invalid)
		}
	}
	if len(lines) != len(want) || res.Imported != 0 {
		t.Fatalf("invalid lines %v", lines)
	}
	if out, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", filepath.Join(demoDir, "scores.csv")); code != 0 || !strings.Contains(out, "Imported 100") {
		t.Fatalf("%d %s %s", code, out, e)
	}
	// the same file again changes nothing
	if out, _, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", filepath.Join(demoDir, "scores.csv")); code != 0 || !strings.Contains(out, "100 already there") {
		t.Fatalf("re-import: %s", out)
	}
	out, _, code = tillsyn(t, "report", "--data", data, "--audit", "D", "--format", "json")
	if code != 0 {
		t.Fatal(out)
	}
	var rep struct {
		Audit      string
		Rule       string
		Committees []struct {
			Committee      string
			FilesReviewed  int  `json:"files_reviewed"`
			ActionRequired bool `json:"action_required"`
		}
		Region struct {
			Committees     int
			ActionRequired int `json:"action_required"`
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Region.Committees != 4 || rep.Region.ActionRequired != 3 || rep.Rule != "no_or_partly" {
		t.Fatalf("%+v", rep)
	}
	// the text a decision can quote, and HTML to a file
	out, _, _ = tillsyn(t, "report", "--data", data, "--audit", "D")
	if !strings.Contains(out, "Krav på åtgärder mot 3 av 4 nämnder") {
		t.Fatal(out)
	}
	html := filepath.Join(t.TempDir(), "r.html")
	if _, e, code := tillsyn(t, "report", "--data", data, "--audit", "D", "--format", "html", "--out", html); code != 0 {
		t.Fatal(e)
	}
	if b, _ := os.ReadFile(html); !strings.Contains(string(b), "<svg") {
		t.Fatal("no chart in the HTML report")
	}
	// research export: no diarienummer, recorded
	xlsx := filepath.Join(t.TempDir(), "x.xlsx")
	for _, args := range [][]string{{"--format", "csv"}, {"--format", "json"}, {"--format", "xlsx", "--out", xlsx}} {
		out, e, code := tillsyn(t, append([]string{"export", "--data", data, "--audit", "D"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: %s", args, e)
		}
		for _, dnr := range []string{"2015/111", "SON 2014", "SN 2014"} {
			if strings.Contains(out, dnr) {
				t.Fatalf("export %v holds %s", args, dnr)
			}
		}
	}
	if _, _, code := tillsyn(t, "export", "--data", data, "--audit", "D", "--min-cell", "2"); code != 2 {
		t.Fatal("--min-cell 2 accepted")
	}
	var n int
	countExports(t, data, &n)
	if n != 3 {
		t.Fatalf("%d exports recorded, want 3", n)
	}
}

func countExports(t *testing.T, data string, n *int) {
	t.Helper()
	db := openDB(t, data)
	defer db.Close()
	if err := db.QueryRow("SELECT count(*) FROM exports WHERE length(sha256) = 64").Scan(n); err != nil {
		t.Fatal(err)
	}
}

func TestScoresImportIncompleteSet(t *testing.T) {
	data := sampledDemo(t)
	p := filepath.Join(t.TempDir(), "part.csv")
	os.WriteFile(p, []byte("committee;diarienummer;reviewer;criterion;verdict;comment\nForshaga;SN 2015/111;A;planning;ja;\nForshaga;SN 2015/111;A;follow_up;ja;\n"), 0o600)
	out, _, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", "--json", p)
	if code != 1 || !strings.Contains(out, `"code": "incomplete"`) || !strings.Contains(out, "needs_assessment, assignment_description") {
		t.Fatalf("%d %s", code, out)
	}
}
