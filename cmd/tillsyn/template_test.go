package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var sixCriteria = filepath.Join("..", "..", "testdata", "templates", "six-criteria.json")

// sixScores writes a scores file for every selected case of the audit: reviewer A judges all
// six criteria, reviewer B the double-reviewed cases too (disagreeing on some), so every
// criterion has counts, a checklist and agreement.
func sixScores(t *testing.T, data, audit string) string {
	t.Helper()
	db := openDB(t, data)
	defer db.Close()
	rows, err := db.Query(`SELECT i.committee, i.diarienummer, EXISTS (SELECT 1 FROM double_reviews d WHERE d.sample_item_id = i.id)
		FROM sample_items i JOIN samples s ON s.id = i.sample_id JOIN audits a ON a.id = s.audit_id
		WHERE a.name = ? AND s.active = 1 AND i.status = 'selected' ORDER BY i.id`, audit)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	b.WriteString("committee;diarienummer;reviewer;criterion;verdict;comment;elements;handover\n")
	participation := []string{"helt", "till stor del", "delvis", "i liten del", "inte alls"}
	n := 0
	for rows.Next() {
		var com, dnr string
		var double bool
		if err := rows.Scan(&com, &dnr, &double); err != nil {
			t.Fatal(err)
		}
		reviewers := []string{"A"}
		if double {
			reviewers = append(reviewers, "B")
		}
		for ri, r := range reviewers {
			d := ri * (n % 2) // B disagrees on every other case
			v := []string{"ja", "delvis", "ja", "ja", participation[(n+d)%5], []string{"ja", "nej"}[(n/2+d)%2]}
			crit := []string{"needs_assessment", "planning", "follow_up", "assignment_description", "participation", "measurable_goals"}
			for i, c := range crit {
				comment, elements, handover := "", "", ""
				if v[i] != "ja" && v[i] != "helt" {
					comment = "motivering"
				}
				switch c {
				case "assignment_description":
					elements, handover = "abcdef", "ja"
				case "participation":
					elements = map[string]string{"helt": "abc", "till stor del": "ab", "delvis": "a", "i liten del": "a", "inte alls": ""}[v[i]]
				}
				fmt.Fprintf(&b, "%s;%s;%s;%s;%s;%s;%s;%s\n", com, dnr, r, c, v[i], comment, elements, handover)
			}
		}
		n++
	}
	p := filepath.Join(t.TempDir(), "six.csv")
	os.WriteFile(p, []byte(b.String()), 0o600)
	return p
}

// An audit made from a template file with six criteria (one with a five-step scale and its
// own checklist) is scored by `scores import` and reported, exported and measured for
// agreement on all six; the template cannot change once scoring has begun.
func TestTemplateFileAudit(t *testing.T) {
	data := t.TempDir()
	out, e, code := tillsyn(t, "template", "check", sixCriteria)
	if code != 0 || !strings.Contains(out, "6 criteria") {
		t.Fatalf("check: %d %s %s", code, out, e)
	}
	// show prints the file format: a built-in template's output is a valid template file
	shown, _, _ := tillsyn(t, "template", "show", "egenkontroll-missbruk")
	copyPath := filepath.Join(t.TempDir(), "copy.json")
	os.WriteFile(copyPath, []byte(shown), 0o600)
	if out, e, code := tillsyn(t, "template", "check", copyPath); code != 0 || !strings.Contains(out, "8 criteria") {
		t.Fatalf("shown template: %s %s", out, e)
	}
	if out, e, code := tillsyn(t, "audit", "create", "--data", data, "S", "--template", sixCriteria); code != 0 || !strings.Contains(out, "test-sex-kriterier") {
		t.Fatalf("create: %s %s", out, e)
	}
	// before scoring the template may still change, and back
	for _, tm := range []string{"ivo-2015", sixCriteria} {
		if _, e, code := tillsyn(t, "audit", "set-template", "--data", data, "S", "--template", tm); code != 0 {
			t.Fatalf("set-template %s: %s", tm, e)
		}
	}
	for _, args := range [][]string{
		{"import", "--data", data, "--audit", "S", filepath.Join(demoDir, "caselist.csv")},
		{"sample", "--data", data, "--audit", "S", "--seed", "mall", "--per-committee", "6"},
		{"sample", "double", "--data", data, "--audit", "S", "--share", "0.5"},
	} {
		if _, e, code := tillsyn(t, args...); code != 0 {
			t.Fatalf("%v: %s", args, e)
		}
	}
	// scores import: keys from the template, values from each criterion's scale
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte("committee;diarienummer;reviewer;criterion;verdict;comment\nForshaga;SN 2015/111;A;delaktig;helt;\nForshaga;SN 2015/111;A;participation;ja;\n"), 0o600)
	out, e, code = tillsyn(t, "scores", "import", "--data", data, "--audit", "S", bad)
	if code == 0 || !strings.Contains(out+e, "participation, measurable_goals") || !strings.Contains(out+e, "helt, till stor del, delvis, i liten del, inte alls") {
		t.Fatalf("bad keys and values: %d %s %s", code, out, e)
	}
	if out, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "S", sixScores(t, data, "S")); code != 0 {
		t.Fatalf("import: %s %s", out, e)
	}
	if _, e, code := tillsyn(t, "audit", "set-template", "--data", data, "S", "--template", "ivo-2015"); code == 0 || !strings.Contains(e, "scoring has begun") {
		t.Fatalf("set-template after scoring: %d %s", code, e)
	}

	out, e, code = tillsyn(t, "report", "--data", data, "--audit", "S", "--format", "json")
	if code != 0 {
		t.Fatal(e)
	}
	var rep struct {
		Committees []struct {
			Committee     string
			FilesReviewed int `json:"files_reviewed"`
			Criteria      map[string]struct {
				Yes, Partly, No int
				Counts          map[string]int
				ShareLacking    *float64 `json:"share_lacking"`
			}
			Elements   map[string]struct{ Present, Absent int } `json:"assignment_elements"`
			Checklists map[string]struct {
				Elements map[string]struct{ Present, Absent int }
				Recorded int
			}
		}
		Agreement map[string]struct{ Cases int }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Committees) != 4 {
		t.Fatalf("%s", out)
	}
	total := map[string]int{}
	for _, c := range rep.Committees {
		if len(c.Criteria) != 6 || c.Criteria["measurable_goals"].ShareLacking == nil || len(c.Elements) != 6 {
			t.Fatalf("%s: %+v", c.Committee, c)
		}
		p := c.Criteria["participation"]
		sum := 0
		for _, v := range []string{"helt", "till_stor_del", "delvis", "i_liten_del", "inte_alls"} {
			sum += p.Counts[v]
			total[v] += p.Counts[v]
		}
		// categories: helt and till stor del documented, delvis and i liten del partly, inte alls missing
		if sum != c.FilesReviewed || c.FilesReviewed < 4 || p.Yes != p.Counts["helt"]+p.Counts["till_stor_del"] || p.Partly != p.Counts["delvis"]+p.Counts["i_liten_del"] || p.No != p.Counts["inte_alls"] {
			t.Fatalf("%s participation %+v", c.Committee, p)
		}
		if cl := c.Checklists["participation"]; cl.Recorded != c.FilesReviewed || cl.Elements["a"].Present+cl.Elements["a"].Absent != c.FilesReviewed {
			t.Fatalf("%s checklist %+v", c.Committee, cl)
		}
	}
	for _, v := range []string{"helt", "till_stor_del", "delvis", "i_liten_del", "inte_alls"} {
		if total[v] == 0 {
			t.Errorf("no %s in the whole audit: %v", v, total)
		}
	}
	if len(rep.Agreement) != 6 {
		t.Fatalf("agreement %v", rep.Agreement)
	}
	for k, a := range rep.Agreement {
		if a.Cases == 0 {
			t.Errorf("agreement on %s over no cases", k)
		}
	}
	// the text report names the criteria and the scale's values
	txt, _, _ := tillsyn(t, "report", "--data", data, "--audit", "S")
	for _, want := range []string{"Delaktighet – inte alls (", "i liten del (", "dokumentation för kriteriet mätbara mål", "registrerades saknades", "Mätbara mål – nej ("} {
		if !strings.Contains(txt, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	html := filepath.Join(t.TempDir(), "r.html")
	tillsyn(t, "report", "--data", data, "--audit", "S", "--format", "html", "--out", html)
	if b, _ := os.ReadFile(html); !strings.Contains(string(b), "Delaktighet: antal färdigbedömda akter per värde") || !strings.Contains(string(b), "Element för delaktighet") {
		t.Error("the HTML report lacks the scale or the checklist of participation")
	}
	csvOut, _, _ := tillsyn(t, "report", "--data", data, "--audit", "S", "--format", "csv")
	if !regexp.MustCompile(`;Delaktighet;.*;a \d av \d, b \d av \d, c \d av \d;`).MatchString(csvOut) {
		t.Errorf("CSV report:\n%s", csvOut)
	}
	// agreement for all six
	ag, _, _ := tillsyn(t, "agreement", "--data", data, "--audit", "S")
	for _, name := range []string{"Behovsbedömning", "Delaktighet", "Mätbara mål"} {
		if !strings.Contains(ag, name) {
			t.Errorf("agreement lacks %s:\n%s", name, ag)
		}
	}
	// the research export: six rows per committee, and a codebook with the criteria's wording
	cb := filepath.Join(t.TempDir(), "codebook.txt")
	exp, e, code := tillsyn(t, "export", "--data", data, "--audit", "S", "--format", "csv", "--codebook", cb)
	if code != 0 {
		t.Fatal(e)
	}
	if n := strings.Count(exp, ",participation,"); n != 4 || strings.Count(exp, "\n") != 1+24 {
		t.Errorf("export:\n%s", exp)
	}
	b, _ := os.ReadFile(cb)
	for _, want := range []string{`template "test-sex-kriterier" version 2026-1`, "participation: Delaktighet (Participation)", `"i liten del" (slightly) -> partly`, `"inte alls" (not at all) -> no`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("codebook lacks %q", want)
		}
	}
}

// Comparing audits matches criteria by key and says which are in only one of them.
func TestCompareAcrossTemplates(t *testing.T) {
	data := sampledDemo(t) // audit D, ivo-2015
	if _, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "D", filepath.Join(demoDir, "scores.csv")); code != 0 {
		t.Fatal(e)
	}
	for _, args := range [][]string{
		{"audit", "create", "--data", data, "S", "--template", sixCriteria},
		{"import", "--data", data, "--audit", "S", filepath.Join(demoDir, "caselist.csv")},
		{"sample", "--data", data, "--audit", "S", "--seed", "mall", "--per-committee", "6"},
	} {
		if _, e, code := tillsyn(t, args...); code != 0 {
			t.Fatalf("%v: %s", args, e)
		}
	}
	if _, e, code := tillsyn(t, "scores", "import", "--data", data, "--audit", "S", sixScores(t, data, "S")); code != 0 {
		t.Fatal(e)
	}
	later, _, _ := tillsyn(t, "report", "--data", data, "--audit", "S", "--compare", "D")
	if !strings.Contains(later, "delaktighet bedömdes inte tidigare") || !strings.Contains(later, "mätbara mål bedömdes inte tidigare") || !strings.Contains(later, "behovsbedömning ") {
		t.Errorf("six compared with four:\n%s", later)
	}
	earlier, _, _ := tillsyn(t, "report", "--data", data, "--audit", "D", "--compare", "S")
	if !strings.Contains(earlier, "Kriterierna delaktighet och mätbara mål ingick i den tidigare granskningen men inte i denna och jämförs inte.") {
		t.Errorf("four compared with six:\n%s", earlier)
	}
	js, _, _ := tillsyn(t, "report", "--data", data, "--audit", "D", "--compare", "S", "--format", "json")
	if !strings.Contains(js, `"criteria_only_in_earlier": [`) || !strings.Contains(js, `"participation"`) {
		t.Errorf("JSON compare lacks criteria_only_in_earlier")
	}
}

// A template file with an error is refused by `template check` and `audit create`, which
// name the file and the field, and no audit is made.
func TestBadTemplateRefused(t *testing.T) {
	raw, err := os.ReadFile(sixCriteria)
	if err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	for name, c := range map[string]struct{ from, to, field string }{
		"duplicate key": {`"key": "measurable_goals"`, `"key": "planning"`, "criteria[5].key"},
		"unknown value in lacking": {`"lacking": [
        "delvis",`, `"lacking": [
        "halvdant",`, "criteria[4].lacking"},
		"empty name": {`"sv": "Mätbara mål"`, `"sv": ""`, "criteria[5].name.sv"},
	} {
		bad := strings.Replace(string(raw), c.from, c.to, 1)
		if bad == string(raw) {
			t.Fatalf("%s: the edit did not apply", name)
		}
		p := filepath.Join(t.TempDir(), "mall.json")
		os.WriteFile(p, []byte(bad), 0o600)
		_, e, code := tillsyn(t, "template", "check", p)
		// the file is named (by its base name: the temporary directory's random digits
		// may read as a personnummer, which every message masks)
		if code == 0 || !strings.Contains(e, c.field) || !strings.Contains(e, "mall.json") {
			t.Errorf("%s: template check: %d %s", name, code, e)
		}
		_, e, code = tillsyn(t, "audit", "create", "--data", data, "X", "--template", p)
		if code == 0 || !strings.Contains(e, c.field) {
			t.Errorf("%s: audit create: %d %s", name, code, e)
		}
	}
	if out, _, _ := tillsyn(t, "audit", "list", "--data", data); strings.Contains(out, "X") {
		t.Errorf("an audit was made from a bad template:\n%s", out)
	}
}
