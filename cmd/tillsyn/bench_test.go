package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
	file := filepath.Join(dir, "caselist_1m.csv")
	writeCaseList(b, file, 1_000_000)
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
