package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
)

// The same audit, run through the same commands on SQLite and on PostgreSQL, gives the same
// bytes: the drawn sample, the JSON report, the research exports, the agreement and the
// protocol (order, rounding, Swedish names). Both data directories are given one pseudonym
// key, as a moved-up installation would keep its own. Skips without a PostgreSQL server
// (fails under CI=true).
func TestEnginesGiveIdenticalResults(t *testing.T) {
	pgURL := storetest.NewDatabase(t)
	key := bytes.Repeat([]byte{0x5a}, 32)
	runFlow := func(engine string, extra ...string) map[string]string {
		data := filepath.Join(t.TempDir(), "data")
		if err := os.MkdirAll(data, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(data, store.KeyFile), key, 0o600); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		step := func(name string, args ...string) {
			t.Helper()
			args = append(append(args, "--data", data), extra...)
			o, e, code := tillsyn(t, args...)
			if code != 0 {
				t.Fatalf("%s: tillsyn %s: exit %d: %s", engine, strings.Join(args, " "), code, e)
			}
			if name != "" {
				out[name] = o
			}
		}
		demo := filepath.Join("..", "..", "testdata", "demo")
		step("", "init")
		step("", "audit", "create", "Likhet Värmland", "--kind", "tillsyn")
		step("import", "import", "--audit", "Likhet Värmland", "--json", "--skip-invalid", filepath.Join(demo, "caselist.csv"))
		step("sample", "sample", "--audit", "Likhet Värmland", "--seed", "likhet-2015", "--per-committee", "7", "--reserves", "2", "--json")
		step("double", "sample", "double", "--audit", "Likhet Värmland", "--share", "0.4", "--json")
		step("ingest", "ingest", "--audit", "Likhet Värmland", "--review-date", "2015-10-01", "--json", filepath.Join(demo, "casefiles"))
		step("", "scores", "import", "--audit", "Likhet Värmland", filepath.Join(demo, "scores.csv"))
		step("protocol", "sample", "protocol", "--audit", "Likhet Värmland", "--format", "json")
		step("cases", "cases", "--audit", "Likhet Värmland", "--json")
		step("report", "report", "--audit", "Likhet Värmland", "--format", "json")
		step("report.csv", "report", "--audit", "Likhet Värmland", "--format", "csv")
		step("agreement", "agreement", "--audit", "Likhet Värmland", "--json")
		step("export.csv", "export", "--audit", "Likhet Värmland", "--format", "csv", "--min-cell", "3")
		step("export.json", "export", "--audit", "Likhet Värmland", "--format", "json", "--min-cell", "3")
		return out
	}
	lite := runFlow("sqlite")
	pg := runFlow("postgres", "--database", pgURL)
	// times of day at which things were done differ between two runs, on any engine
	stamp := regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)`)
	for name, a := range lite {
		b := pg[name]
		if a == "" {
			t.Errorf("%s: no output on SQLite", name)
		}
		a, b = stamp.ReplaceAllString(a, "TIME"), stamp.ReplaceAllString(b, "TIME")
		if a != b {
			i := 0
			for i < len(a) && i < len(b) && a[i] == b[i] {
				i++
			}
			t.Errorf("%s differs between SQLite and PostgreSQL at byte %d:\nsqlite:   %q\npostgres: %q", name, i, a[max(0, i-80):min(len(a), i+80)], b[max(0, i-80):min(len(b), i+80)])
		}
	}
	if !strings.Contains(lite["report"], "Årjäng") && !strings.Contains(lite["report"], "Säffle") {
		t.Errorf("the report names no committee with å ä ö: the comparison would not test their order")
	}
}
