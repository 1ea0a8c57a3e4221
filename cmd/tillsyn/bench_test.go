package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// BenchmarkImport1M compares `tillsyn import` of a generated 1,000,000-row case list (about
// 95 MB) into a fresh data directory with the sqlite3 tool's `.import` of the same file into a
// fresh WAL database, in one run. Goal: within 2× of sqlite3, peak memory under 300 MB.
func BenchmarkImport1M(b *testing.B) {
	sqlite, err := exec.LookPath("sqlite3")
	if err != nil {
		b.Skip("sqlite3 not installed (apt-get install sqlite3)")
	}
	dir := b.TempDir()
	file := benchCaseList(b)
	fi, _ := os.Stat(file)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		data := filepath.Join(dir, fmt.Sprintf("data%d", i))
		if _, e, code := tillsyn(nilT{b}, "audit", "create", "--data", data, "Bench"); code != 0 {
			b.Fatal(e)
		}
		cmd := exec.Command(os.Args[0], "import", "--data", data, "--audit", "Bench", file)
		cmd.Env = append(os.Environ(), "TILLSYN_TEST_MAIN=1")
		start := time.Now()
		out, err := cmd.CombinedOutput()
		ours := time.Since(start)
		if err != nil || !strings.Contains(string(out), "Imported 1000000 cases") {
			b.Fatalf("tillsyn import: %v\n%s", err, out)
		}
		rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss // KiB on Linux

		db := filepath.Join(dir, fmt.Sprintf("sqlite%d.db", i))
		sq := exec.Command(sqlite, db)
		sq.Stdin = strings.NewReader("PRAGMA journal_mode=WAL;\n.mode csv\n.separator ;\n.import " + file + " cases\n")
		start = time.Now()
		if out, err := sq.CombinedOutput(); err != nil {
			b.Fatalf("sqlite3: %v\n%s", err, out)
		}
		theirs := time.Since(start)
		b.ReportMetric(ours.Seconds(), "tillsyn-s")
		b.ReportMetric(theirs.Seconds(), "sqlite3-s")
		b.ReportMetric(ours.Seconds()/theirs.Seconds(), "ratio")
		b.ReportMetric(float64(rss)/1024, "peak-MB")
		fmt.Printf("import of %d MB, 1,000,000 rows: tillsyn %.2fs, sqlite3 .import %.2fs, ratio %.2f, tillsyn peak RSS %.0f MB\n",
			fi.Size()>>20, ours.Seconds(), theirs.Seconds(), ours.Seconds()/theirs.Seconds(), float64(rss)/1024)
	}
}

// nilT lets the in-process tillsyn helper run inside a benchmark.
type nilT struct{ *testing.B }

func (nilT) Helper() {}

var benchFile struct {
	once sync.Once
	path string
}

// benchCaseList writes the 1,000,000-row case list once per test binary run.
func benchCaseList(b *testing.B) string {
	benchFile.once.Do(func() {
		dir, err := os.MkdirTemp("", "tillsyn-bench")
		if err != nil {
			b.Fatal(err)
		}
		benchFile.path = filepath.Join(dir, "caselist_1m.csv")
		writeCaseList(b, benchFile.path, 1_000_000)
	})
	return benchFile.path
}

// BenchmarkSample1M times the whole `tillsyn sample` command (a new process reading a
// 1,000,000-case frame over 290 committees from the store; 10 per committee plus 3 reserves)
// next to an equivalent window-function draw in the sqlite3 tool on the same database.
func BenchmarkSample1M(b *testing.B) {
	sqlite, err := exec.LookPath("sqlite3")
	if err != nil {
		b.Skip("sqlite3 not installed")
	}
	dir := b.TempDir()
	data := filepath.Join(dir, "data")
	file := benchCaseList(b)
	tillsyn(nilT{b}, "audit", "create", "--data", data, "Bench")
	if _, e, code := tillsyn(nilT{b}, "import", "--data", data, "--audit", "Bench", file); code != 0 {
		b.Fatal(e)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(os.Args[0], "sample", "--data", data, "--audit", "Bench", "--seed", fmt.Sprint("bench-", i), "--per-committee", "10", "--reserves", "3", "--redraw")
		cmd.Env = append(os.Environ(), "TILLSYN_TEST_MAIN=1")
		start := time.Now()
		out, err := cmd.CombinedOutput()
		ours := time.Since(start)
		if err != nil || !strings.Contains(string(out), "Drew 2900 cases and 870 reserves from a frame of 1000000") {
			b.Fatalf("tillsyn sample: %v\n%s", err, out)
		}
		q := fmt.Sprintf(`SELECT count(*) FROM (SELECT committee, diarienummer, row_number() OVER (PARTITION BY committee ORDER BY sha3('bench-%d' || char(0) || committee || char(0) || diarienummer)) AS rn FROM cases) WHERE rn <= 13;`, i)
		sq := exec.Command(sqlite, "-readonly", filepath.Join(data, "tillsyn.db"), q)
		start = time.Now()
		sout, err := sq.CombinedOutput()
		theirs := time.Since(start)
		if err != nil || strings.TrimSpace(string(sout)) != "3770" {
			b.Fatalf("sqlite3: %v %s", err, sout)
		}
		b.ReportMetric(ours.Seconds(), "tillsyn-s")
		b.ReportMetric(theirs.Seconds(), "sqlite3-s")
		fmt.Printf("sample of 290 committees x (10 + 3 reserves) from 1,000,000 cases: tillsyn sample %.2fs, sqlite3 window-function draw %.2fs\n", ours.Seconds(), theirs.Seconds())
	}
}
