package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"tillsyn/review/store/storetest"
)

// The demo's data directory moves up into PostgreSQL: the same report and trail there, the
// trail intact, and a second move into the now non-empty database is refused.
func TestMigrateToPostgres(t *testing.T) {
	pgURL := storetest.NewDatabase(t)
	data := filepath.Join(t.TempDir(), "data")
	demo := filepath.Join("..", "..", "testdata", "demo")
	run := func(args ...string) string {
		t.Helper()
		o, e, code := tillsyn(t, append(args, "--data", data)...)
		if code != 0 {
			t.Fatalf("tillsyn %s: exit %d: %s", strings.Join(args, " "), code, e)
		}
		return o
	}
	run("audit", "create", "Demo", "--kind", "tillsyn")
	run("import", "--audit", "Demo", filepath.Join(demo, "caselist.csv"))
	run("sample", "--audit", "Demo", "--seed", "demo-2015", "--per-committee", "7", "--reserves", "2")
	run("sample", "double", "--audit", "Demo", "--share", "0.4")
	run("ingest", "--audit", "Demo", "--review-date", "2015-10-01", filepath.Join(demo, "casefiles"))
	run("scores", "import", "--audit", "Demo", filepath.Join(demo, "scores.csv"))
	run("user", "add", "--name", "Åsa", "--role", "inspector")
	run("user", "assign", "--name", "Åsa", "--audit", "Demo")
	before := run("report", "--audit", "Demo", "--format", "json")
	exportBefore := run("export", "--audit", "Demo", "--format", "csv")

	out := run("migrate", "--to", pgURL, "--json")
	var res struct {
		Rows      int64  `json:"rows"`
		Files     int    `json:"case_files"`
		TrailHead string `json:"trail_head"`
		TrailOK   bool   `json:"trail_intact"`
		Tables    []struct {
			Table string `json:"table"`
			Rows  int64  `json:"rows"`
		} `json:"tables"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	counts := map[string]int64{}
	for _, tb := range res.Tables {
		counts[tb.Table] = tb.Rows
	}
	if !res.TrailOK || res.Files == 0 || counts["cases"] != 25 || counts["pages"] == 0 || counts["scores"] == 0 || counts["trail"] == 0 || counts["users"] != 1 {
		t.Fatalf("moved: %s", out)
	}
	pg := func(args ...string) (string, string, int) {
		return tillsyn(t, append(args, "--data", data, "--database", pgURL)...)
	}
	after, e, code := pg("report", "--audit", "Demo", "--format", "json")
	if code != 0 {
		t.Fatal(e)
	}
	if after != before {
		t.Errorf("the report differs after the move")
	}
	if exp, _, _ := pg("export", "--audit", "Demo", "--format", "csv"); exp != exportBefore {
		t.Errorf("the export differs after the move")
	}
	if o, e, code := pg("trail", "verify", "--json"); code != 0 || !strings.Contains(o, `"intact": true`) {
		t.Errorf("trail on PostgreSQL: %d %s %s", code, o, e)
	}
	if o, _, _ := pg("user", "list"); !strings.Contains(o, "Åsa") {
		t.Errorf("users on PostgreSQL: %s", o)
	}
	// new rows get new ids after the copied ones
	if _, e, code := pg("user", "add", "--name", "bertil", "--role", "inspector"); code != 0 {
		t.Fatalf("add a user after the move: %s", e)
	}
	// backup on PostgreSQL is pg_dump's, and says so
	if _, e, code := pg("backup", "--out", filepath.Join(t.TempDir(), "x.backup")); code != 1 || !strings.Contains(e, "pg_dump") {
		t.Errorf("backup on PostgreSQL: %d %s", code, e)
	}
	// a second move into the same database is refused, and changes nothing
	var o, errb bytes.Buffer
	if code := run2(&o, &errb, "migrate", "--to", pgURL, "--data", data); code == 0 || !strings.Contains(errb.String(), "not empty") {
		t.Fatalf("second move: %d %s", code, errb.String())
	}
}

func run2(o, e *bytes.Buffer, args ...string) int {
	return run(args, strings.NewReader(""), o, e)
}
