package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"tillsyn/review/store/storetest"
)

// BenchmarkImport1MPostgres compares `tillsyn import --database postgres://…` of the
// 1,000,000-row case list (parsed, validated, pseudonymised, then COPY) with psql's `\copy`
// of the same file into a plain table of text columns on the same server, in one run.
// Goal: within 1.5× of \copy. Skips without a server (TILLSYN_TEST_POSTGRES).
func BenchmarkImport1MPostgres(b *testing.B) {
	psql, err := exec.LookPath("psql")
	if err != nil {
		b.Skip("psql not installed (apt-get install postgresql-client)")
	}
	file := benchCaseList(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		ours := storetest.NewDatabase(b)
		theirs := storetest.NewDatabase(b)
		data := b.TempDir()
		if _, e, code := tillsyn(nilT{b}, "audit", "create", "--data", data, "--database", ours, "Bench"); code != 0 {
			b.Fatal(e)
		}
		if out, err := exec.Command(psql, "-q", "-v", "ON_ERROR_STOP=1", theirs, "-c",
			`CREATE TABLE cases_plain (dnr text, pnr text, namnd text, insats text, lagrum text, beslut text, slut text, handl text, alder text)`).CombinedOutput(); err != nil {
			b.Fatalf("psql: %v\n%s", err, out)
		}
		b.StartTimer()
		cmd := exec.Command(os.Args[0], "import", "--data", data, "--database", ours, "--audit", "Bench", file)
		cmd.Env = append(os.Environ(), "TILLSYN_TEST_MAIN=1")
		start := time.Now()
		out, err := cmd.CombinedOutput()
		tOurs := time.Since(start)
		if err != nil || !strings.Contains(string(out), "Imported 1000000 cases") {
			b.Fatalf("tillsyn import: %v\n%s", err, out)
		}
		rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
		cp := exec.Command(psql, "-q", "-v", "ON_ERROR_STOP=1", theirs, "-c",
			`\copy cases_plain FROM '`+file+`' WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')`)
		start = time.Now()
		if out, err := cp.CombinedOutput(); err != nil {
			b.Fatalf("psql \\copy: %v\n%s", err, out)
		}
		tTheirs := time.Since(start)
		b.ReportMetric(tOurs.Seconds(), "tillsyn-s")
		b.ReportMetric(tTheirs.Seconds(), "psql-copy-s")
		b.ReportMetric(tOurs.Seconds()/tTheirs.Seconds(), "ratio")
		b.ReportMetric(float64(rss)/1024, "peak-MB")
		fmt.Printf("import of 1,000,000 rows into PostgreSQL: tillsyn %.2fs, psql \\copy %.2fs, ratio %.2f (goal ≤ 1.5), tillsyn peak RSS %.0f MB\n",
			tOurs.Seconds(), tTheirs.Seconds(), tOurs.Seconds()/tTheirs.Seconds(), float64(rss)/1024)
	}
}
