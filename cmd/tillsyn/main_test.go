package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"tillsyn/review/store"
)

// The test binary doubles as the tillsyn binary: with TILLSYN_TEST_MAIN=1 it runs main's run.
func TestMain(m *testing.M) {
	if os.Getenv("TILLSYN_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	// children (PDF workers, killed imports) are this binary acting as tillsyn
	os.Setenv("TILLSYN_TEST_MAIN", "1")
	code := m.Run()
	if benchFile.path != "" {
		// the benchmarks' 1M-row case list (90 MB in the temporary directory)
		os.RemoveAll(filepath.Dir(benchFile.path))
	}
	os.Exit(code)
}

// tillsyn runs the command in-process.
func tillsyn(t interface{ Helper() }, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, strings.NewReader(""), &o, &e)
	return o.String(), e.String(), code
}

func fixture(name string) string { return filepath.Join("..", "..", "testdata", "caselists", name) }

func TestImportCLI(t *testing.T) {
	data := t.TempDir()
	if _, e, code := tillsyn(t, "audit", "create", "--data", data, "IVO 2015", "--kind", "tillsyn", "--description", "Värmland"); code != 0 {
		t.Fatalf("audit create: %d %s", code, e)
	}
	if _, _, code := tillsyn(t, "audit", "create", "--data", data, "IVO 2015"); code != 1 {
		t.Fatalf("duplicate audit: exit %d, want 1", code)
	}
	out, _, _ := tillsyn(t, "audit", "list", "--data", data)
	if !strings.Contains(out, "IVO 2015") || !strings.Contains(out, "Värmland") {
		t.Fatalf("audit list: %s", out)
	}
	// strict import of the dirty file: exit 1, one JSON object, every bad line
	out, _, code := tillsyn(t, "import", "--data", data, "--audit", "IVO 2015", "--json", fixture("dirty_del1_2013.csv"))
	if code != 1 {
		t.Fatalf("strict dirty import: exit %d", code)
	}
	var res struct {
		Audit string `json:"audit"`
		Files []struct {
			File, SHA256, Encoding, Delimiter string
			RowsRead                          int `json:"rows_read"`
			Imported, Skipped                 int
		} `json:"files"`
		Imported    int            `json:"imported"`
		Skipped     int            `json:"skipped"`
		ByCommittee map[string]int `json:"by_committee"`
		Invalid     []struct {
			File, Field, Reason string
			Line                int
		} `json:"invalid"`
		UnmappedColumns []string `json:"unmapped_columns"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if res.Imported != 0 || len(res.Invalid) != 24 || res.Files[0].RowsRead != 1204 || res.Files[0].Encoding != "windows-1252" || res.Files[0].Delimiter != ";" || len(res.Files[0].SHA256) != 64 || strings.Join(res.UnmappedColumns, ",") != "Kommentar" {
		t.Fatalf("strict result: %+v", res)
	}
	// the text form prints FILE:LINE: field: reason on stderr
	_, stderr, code := tillsyn(t, "import", "--data", data, "--audit", "IVO 2015", fixture("dirty_del1_2013.csv"))
	if code != 1 || !strings.Contains(stderr, "dirty_del1_2013.csv:640: personnummer: the Luhn check digit does not match") || !strings.Contains(stderr, "dirty_del1_2013.csv:419: row: 11 fields") {
		t.Fatalf("stderr: %s", stderr)
	}
	out, _, code = tillsyn(t, "import", "--data", data, "--audit", "IVO 2015", "--json", "--skip-invalid", fixture("dirty_del1_2013.csv"), fixture("export_4_namnder_20150930.csv"))
	if code != 0 {
		t.Fatalf("skip-invalid: exit %d\n%s", code, out)
	}
	json.Unmarshal([]byte(out), &res)
	if res.Imported != 1180+1660 || res.Skipped != 24 || res.ByCommittee["Årjäng"] != 55 || res.ByCommittee["Hammarö"] != 66+520 {
		t.Fatalf("skip-invalid result: imported %d skipped %d by %v", res.Imported, res.Skipped, res.ByCommittee)
	}
	out, _, code = tillsyn(t, "cases", "--data", data, "--audit", "IVO 2015", "--committee", "Socialnämnden Säffle")
	if code != 0 || !strings.Contains(out, "Säffle") || !strings.Contains(out, fmt.Sprint(88+600)) {
		t.Fatalf("cases: %d\n%s", code, out)
	}
	// usage errors
	for _, args := range [][]string{{"import", "--data", data}, {"import", "--data", data, "--audit", "IVO 2015"}, {"import", "--data", data, "--audit", "x", "--map", "nope=X", "f.csv"}, {"nosuch"}, {"audit", "create", "--data", data}} {
		if _, _, code := tillsyn(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if _, _, code := tillsyn(t, "import", "-h"); code != 0 {
		t.Errorf("import -h: exit %d", code)
	}
	if _, e, code := tillsyn(t, "import", "--data", data, "--audit", "nope", fixture("dialect_b_utf8bom_comma_lf.csv")); code != 1 || !strings.Contains(e, "no audit named nope") {
		t.Errorf("unknown audit: %d %s", code, e)
	}
}

// writeCaseList writes n valid rows in dialect a (Windows-1252-compatible ASCII, ';', CRLF).
func writeCaseList(t testing.TB, path string, n int) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	kommuner, _ := os.ReadFile(filepath.Join("..", "..", "review", "kommuner.txt"))
	names := strings.Fields(strings.ReplaceAll(strings.ReplaceAll(string(kommuner), " ", "_"), "\r", ""))
	ivs := []string{"öppenvård", "institutionsvård", "stödboende", "LVM"}
	rng := rand.New(rand.NewPCG(1, 2))
	fmt.Fprint(w, "Diarienummer;Personnummer;Nämnd;Insats;Lagrum;Beslutsdatum;Slutdatum;Handläggare;Ålder\r\n")
	for i := 0; i < n; i++ {
		y, m, d := 1940+rng.IntN(60), 1+rng.IntN(12), 1+rng.IntN(28)
		body := fmt.Sprintf("%02d%02d%02d%03d", y%100, m, d, rng.IntN(1000))
		pnr := fmt.Sprintf("%d%02d%02d-%s%d", y, m, d, body[6:], luhnDigit(body))
		k := strings.ReplaceAll(names[i%len(names)], "_", " ")
		iv := ivs[rng.IntN(len(ivs))]
		lag := "SoL 4:1"
		if iv == "LVM" {
			lag = "LVM"
		}
		fmt.Fprintf(w, "SN %d/%d;%s;Socialnämnden %s;%s;%s;2015-%02d-%02d;;AB;%d\r\n", 2015, i, pnr, k, iv, lag, m, d, 2015-y)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func luhnDigit(nine string) int {
	sum := 0
	for i := 0; i < 9; i++ {
		n := int(nine[i]-'0') * (2 - i%2)
		if n > 9 {
			n -= 9
		}
		sum += n
	}
	return (10 - sum%10) % 10
}

// A kill -9 in the middle of an import leaves nothing of it; the next import works.
func TestKillDuringImportLeavesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	file := filepath.Join(dir, "big.csv")
	writeCaseList(t, file, 300000)
	if _, e, code := tillsyn(t, "audit", "create", "--data", data, "K"); code != 0 {
		t.Fatal(e)
	}
	cmd := exec.Command(os.Args[0], "import", "--data", data, "--audit", "K", file)
	cmd.Env = append(os.Environ(), "TILLSYN_TEST_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// wait until the import is writing (the WAL grows past 2 MiB), then kill it
	wal := filepath.Join(data, store.DBFile+"-wal")
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if fi, err := os.Stat(wal); err == nil && fi.Size() > 2<<20 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the import ended before it was killed (%v): make the file larger", err)
	}
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(data, store.DBFile)+"?_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	var cases, files int
	var ok string
	for q, dst := range map[string]any{"SELECT count(*) FROM cases": &cases, "SELECT count(*) FROM import_files": &files, "PRAGMA integrity_check": &ok} {
		if err := db.QueryRow(q).Scan(dst); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	if cases != 0 || files != 0 || ok != "ok" {
		t.Fatalf("after kill -9: %d cases, %d import files, integrity %s", cases, files, ok)
	}
	out, e, code := tillsyn(t, "import", "--data", data, "--audit", "K", file)
	if code != 0 || !strings.Contains(out, "Imported 300000 cases") {
		t.Fatalf("import after the kill: %d %s %s", code, out, e)
	}
}

func openDB(t *testing.T, data string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(data, store.DBFile)+"?_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	return db
}
