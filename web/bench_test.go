package web_test

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
	_ "github.com/mattn/go-sqlite3"

	"tillsyn/review"
	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
)

// load is the outcome of one load run: latencies per kind of request.
type load struct {
	name     string
	dur      time.Duration
	lat      map[string][]time.Duration
	errors   int
	statuses map[int]int
	cpu      time.Duration // processor time used during the run
}

func (l *load) line(kind string) string {
	ds := l.lat[kind]
	if len(ds) == 0 {
		return fmt.Sprintf("%-22s %-6s no requests", l.name, kind)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	q := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
	return fmt.Sprintf("%-22s %-6s %7.0f req/s  p50 %7.2f ms  p99 %7.2f ms  (%d requests)", l.name, kind,
		float64(len(ds))/l.dur.Seconds(), ms(q(0.50)), ms(q(0.99)), len(ds))
}

func (l *load) rate(kind string) float64 { return float64(len(l.lat[kind])) / l.dur.Seconds() }

func (l *load) p99(kind string) time.Duration {
	ds := append([]time.Duration(nil), l.lat[kind]...)
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	if len(ds) == 0 {
		return 0
	}
	return ds[min(len(ds)-1, int(0.99*float64(len(ds))))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// conn is one load-generator connection: requests written and responses read on a single
// keep-alive TCP connection, as wrk does, without http.Client's pool and per-connection
// goroutines, so the generator takes less of the shared processors from the server under test.
type conn struct {
	addr string
	c    net.Conn
	br   *bufio.Reader
	bw   *bufio.Writer
}

func newConn(baseURL string) *conn { return &conn{addr: strings.TrimPrefix(baseURL, "http://")} }

// do sends a request and reads the whole response; it returns the status.
func (k *conn) do(req *http.Request) (int, error) {
	if k.c == nil {
		c, err := net.Dial("tcp", k.addr)
		if err != nil {
			return 0, err
		}
		k.c, k.br, k.bw = c, bufio.NewReaderSize(c, 64<<10), bufio.NewWriter(c)
	}
	if err := req.Write(k.bw); err != nil {
		k.close()
		return 0, err
	}
	if err := k.bw.Flush(); err != nil {
		k.close()
		return 0, err
	}
	res, err := http.ReadResponse(k.br, req)
	if err != nil {
		k.close()
		return 0, err
	}
	_, err = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if err != nil || res.Close {
		k.close()
	}
	return res.StatusCode, err
}

func (k *conn) close() {
	if k.c != nil {
		k.c.Close()
		k.c = nil
	}
}

// runLoad runs conns workers for dur; each calls step(worker, i) in a loop, which returns
// the kind of request, its status and an error.
func runLoad(name string, conns int, dur time.Duration, step func(w, i int) (string, int, error)) *load {
	l := &load{name: name, lat: map[string][]time.Duration{}, statuses: map[int]int{}}
	cpu0 := cpuTime()
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(dur)
	for w := 0; w < conns; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			lat := map[string][]time.Duration{}
			st := map[int]int{}
			errs := 0
			for i := 0; time.Now().Before(deadline); i++ {
				t0 := time.Now()
				kind, status, err := step(w, i)
				d := time.Since(t0)
				st[status]++
				if err != nil {
					errs++
					continue
				}
				lat[kind] = append(lat[kind], d)
			}
			mu.Lock()
			for k, v := range lat {
				l.lat[k] = append(l.lat[k], v...)
			}
			for k, v := range st {
				l.statuses[k] += v
			}
			l.errors += errs
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	l.dur = time.Since(start)
	l.cpu = cpuTime() - cpu0
	return l
}

// cpuTime is the processor time this process has used (load generator and server alike).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchDuration() time.Duration {
	if s := os.Getenv("TILLSYN_BENCH_SECONDS"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return time.Duration(n) * time.Second
		}
	}
	return 5 * time.Second
}

// BenchmarkReviewApp: 50 concurrent connections on 127.0.0.1, each a reviewer, against a
// minimal gin + SQLite handler that reads and writes one row, measured in the same run.
// Three runs per side, as wrk would do them: only pages (the review page with documents,
// evidence and form, against reading the row), only saves (the form, against writing the
// row), and both alternating on every connection. Prints throughput and p50/p99 and
// counts the saved rows afterwards. TILLSYN_BENCH_SECONDS sets the duration of each run
// (default 5; the figure is 10); TILLSYN_BENCH_MIX=page|save|mixed runs one only.
func BenchmarkReviewApp(b *testing.B) { reviewAppBench(b, false) }

// BenchmarkReviewAppPostgres: the same on PostgreSQL (the private cluster of
// TILLSYN_TEST_POSTGRES; skips without one), against a minimal gin + pgx handler on the same
// server. Goals: throughput ≥ 0.5× the minimal handler's, p99 ≤ 2×.
func BenchmarkReviewAppPostgres(b *testing.B) {
	storetest.AdminURL(b)
	reviewAppBench(b, true)
}

func reviewAppBench(b *testing.B, pg bool) {
	const conns = 50
	goal := "0.33"
	if pg {
		goal = "0.5"
	}
	dur := benchDuration()
	mixes := []string{"page", "save", "mixed", "typing"}
	if m := os.Getenv("TILLSYN_BENCH_MIX"); m != "" {
		mixes = []string{m}
	}
	for n := 0; n < b.N; n++ {
		fmt.Printf("\n50 connections, %s per run, on 127.0.0.1 (2 shared cores: compare, do not quote), %s\n", dur, map[bool]string{false: "SQLite", true: "PostgreSQL"}[pg])
		for _, mix := range mixes {
			anchor := runAnchor(b, conns, dur, mix, pg)
			app, savedForms, rows := runApp(b, conns, dur, mix, pg)
			fmt.Printf("-- %s\n", map[string]string{"page": "pages only", "save": "saves only", "mixed": "a page, then a save, on every connection",
				"typing": "two drafts (as the reviewer types), then a save, on every connection"}[mix])
			fmt.Printf("-- %s\n", map[string]string{"page": "pages only", "save": "saves only", "mixed": "a page, then a save, on every connection",
				"typing": "two drafts (as the reviewer types), then a save, on every connection"}[mix])
			kinds := []string{"page", "save"}
			switch mix {
			case "typing":
				kinds = []string{"draft", "save"}
			case "mixed":
			default:
				kinds = []string{mix}
			}
			for _, l := range []*load{anchor, app} {
				for _, k := range kinds {
					fmt.Println(l.line(k))
				}
				fmt.Printf("%-22s errors %d, statuses %v, processors busy %.0f %% of %d\n", l.name, l.errors, l.statuses,
					100*l.cpu.Seconds()/l.dur.Seconds()/float64(runtime.NumCPU()), runtime.NumCPU())
			}
			for _, k := range kinds {
				fmt.Printf("%ss: throughput %.2f× the minimal handler's (goal ≥ %s×), p99 %.2f× (goal ≤ 2×)\n", k,
					app.rate(k)/anchor.rate(k), goal, float64(app.p99(k))/float64(anchor.p99(k)))
				b.ReportMetric(app.rate(k), mix+"-"+k+"s/s")
				b.ReportMetric(float64(app.p99(k))/float64(anchor.p99(k)), mix+"-"+k+"-p99-ratio")
			}
			if mix == "mixed" { // as wrk reports a mixed script: one distribution of all requests
				for _, l := range []*load{anchor, app} {
					l.lat["all"] = append(append([]time.Duration(nil), l.lat["page"]...), l.lat["save"]...)
					fmt.Println(l.line("all"))
				}
				fmt.Printf("all requests: throughput %.2f× the minimal handler's, p99 %.2f×\n",
					app.rate("all")/anchor.rate("all"), float64(app.p99("all"))/float64(anchor.p99("all")))
			}
			if mix != "page" {
				fmt.Printf("saved forms answered 303: %d; judgement rows' versions add up to %d (want %d × 4): %s\n", savedForms, rows, savedForms,
					map[bool]string{true: "none lost", false: "LOST SAVES"}[rows == savedForms*4])
			}
			if rows != savedForms*4 || app.statuses[500] > 0 || app.errors > 0 {
				b.Fatalf("lost saves, errors or 5xx: rows %d, forms %d, errors %d, statuses %v", rows, savedForms, app.errors, app.statuses)
			}
		}
	}
}

// kindOf says whether request i of a connection loads a page or saves.
func kindOf(mix string, i int) string {
	switch mix {
	case "mixed":
		return [2]string{"page", "save"}[i%2]
	case "typing":
		return [3]string{"draft", "draft", "save"}[i%3]
	}
	return mix
}

// runAnchor is the minimal gin + SQLite handler: one row read, one row written, with the
// store's connection string (WAL, synchronous=FULL, the driver's statement cache) and pools
// (one writer, eight readers kept open), and SQLite's defaults otherwise.
//
// With pg it is the minimal gin + pgx handler: the same on a new PostgreSQL database,
// through pgx's database/sql driver, one pool of 16 connections (one-row statements need no
// writer queue there).
func runAnchor(b *testing.B, conns int, dur time.Duration, mix string, pg bool) *load {
	var w, r *sql.DB
	var err error
	name := "minimal gin+SQLite"
	sel, upd := `SELECT n, v FROM rows WHERE id = ?`, `UPDATE rows SET n = n + 1, v = ? WHERE id = ?`
	if pg {
		name = "minimal gin+pgx"
		sel, upd = `SELECT n, v FROM rows WHERE id = $1`, `UPDATE rows SET n = n + 1, v = $1 WHERE id = $2`
		if w, err = sql.Open("pgx", storetest.NewDatabase(b)); err != nil {
			b.Fatal(err)
		}
		defer w.Close()
		w.SetMaxOpenConns(store.PostgresReadConns)
		w.SetMaxIdleConns(store.PostgresReadConns)
		r = w
	} else {
		path := filepath.Join(b.TempDir(), "anchor.db")
		if w, err = sql.Open("sqlite3", store.DSN(path, true)); err != nil {
			b.Fatal(err)
		}
		defer w.Close()
		w.SetMaxOpenConns(1)
		if r, err = sql.Open("sqlite3", store.DSN(path, false)); err != nil {
			b.Fatal(err)
		}
		defer r.Close()
		r.SetMaxOpenConns(store.ReadConns)
		r.SetMaxIdleConns(store.ReadConns)
	}
	if _, err := w.Exec(`CREATE TABLE rows (id BIGINT PRIMARY KEY, n BIGINT NOT NULL, v TEXT NOT NULL)`); err != nil {
		b.Fatal(err)
	}
	for i := 1; i <= conns; i++ {
		if _, err := w.Exec(strings.Replace(`INSERT INTO rows (id, n, v) VALUES (?, 0, '')`, "?", map[bool]string{false: "?", true: "$1"}[pg], 1), i); err != nil {
			b.Fatal(err)
		}
	}
	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	e.GET("/row/:id", func(c *gin.Context) {
		id, _ := strconv.Atoi(c.Param("id"))
		var n int
		var v string
		if err := r.QueryRow(sel, id).Scan(&n, &v); err != nil {
			c.String(500, err.Error())
			return
		}
		c.String(200, "%d %s", n, v)
	})
	e.POST("/row/:id", func(c *gin.Context) {
		id, _ := strconv.Atoi(c.Param("id"))
		if _, err := w.Exec(upd, c.PostForm("v"), id); err != nil {
			c.String(500, err.Error())
			return
		}
		c.Status(204)
	})
	ts := httptest.NewServer(e)
	defer ts.Close()
	cs := make([]*conn, conns)
	for i := range cs {
		cs[i] = newConn(ts.URL)
		defer cs[i].close()
	}
	l := runLoad(name, conns, dur, func(wk, i int) (string, int, error) {
		u := ts.URL + "/row/" + strconv.Itoa(wk+1)
		var hr *http.Request
		kind := kindOf(mix, i)
		if kind == "page" {
			hr, _ = http.NewRequest("GET", u, nil)
		} else {
			hr, _ = http.NewRequest("POST", u, strings.NewReader(url.Values{"v": {strconv.Itoa(i)}}.Encode()))
			hr.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		status, err := cs[wk].do(hr)
		if err != nil {
			return kind, status, err
		}
		if status >= 300 {
			return kind, status, fmt.Errorf("status %d", status)
		}
		return kind, status, nil
	})
	var sum int
	_ = r.QueryRow(`SELECT sum(n) FROM rows`).Scan(&sum)
	if sum != len(l.lat["save"])+len(l.lat["draft"]) {
		b.Fatalf("minimal handler lost writes: %d rows written, %d saves answered", sum, len(l.lat["save"]))
	}
	return l
}

// runApp loads review pages and saves forms as 50 reviewers.
func runApp(b *testing.B, conns int, dur time.Duration, mix string, pg bool) (*load, int, int) {
	e := newEnv(b, envOptions{ingest: true, perStratum: 7, postgres: pg})
	names := make([]string, conns)
	for i := range names {
		names[i] = fmt.Sprintf("bank%02d", i)
		e.addUser(names[i], review.RoleInspector, "", true)
	}
	cs := make([]*conn, conns)
	for i := range cs {
		cs[i] = newConn(e.ts.URL)
		defer cs[i].close()
	}
	versions := make([]map[int64]map[review.Criterion]int, conns)
	for i := range versions {
		versions[i] = map[int64]map[review.Criterion]int{}
	}
	var mu sync.Mutex
	saved := 0
	l := runLoad("Tillsyn review app", conns, dur, func(wk, i int) (string, int, error) {
		// each reviewer works on one case at a time, as people do; with 50 reviewers and 25
		// cases every case has two reviewers (a double review), never fifty
		it := e.items[wk%len(e.items)]
		path := e.ts.URL + "/items/" + strconv.FormatInt(it.ID, 10)
		var hr *http.Request
		kind := kindOf(mix, i)
		switch kind {
		case "page":
			hr, _ = http.NewRequest("GET", path, nil)
		case "draft": // what the page's script posts as the reviewer types
			f := url.Values{"verdict_planning": {"partly"}, "comment_planning": {fmt.Sprintf("%s skriver %d", names[wk], i)}}
			f.Set("csrf", review.CSRFToken(e.tokens[names[wk]]))
			hr, _ = http.NewRequest("POST", path+"/draft", strings.NewReader(f.Encode()))
			hr.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		default:
			vs := versions[wk][it.ID]
			if vs == nil {
				vs = map[review.Criterion]int{}
				versions[wk][it.ID] = vs
			}
			f := scoreForm("draft", fmt.Sprintf("%s %d", names[wk], i), vs)
			f.Set("csrf", review.CSRFToken(e.tokens[names[wk]]))
			hr, _ = http.NewRequest("POST", path+"/scores", strings.NewReader(f.Encode()))
			hr.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		hr.AddCookie(&http.Cookie{Name: "tillsyn_session", Value: e.tokens[names[wk]]})
		status, err := cs[wk].do(hr)
		if err != nil {
			return kind, status, err
		}
		want := 200
		if kind == "save" {
			want = 303
		}
		if status != want {
			return kind, status, fmt.Errorf("status %d", status)
		}
		if kind == "save" {
			for _, c := range review.DefaultCriteria {
				versions[wk][it.ID][c]++
			}
			mu.Lock()
			saved++
			mu.Unlock()
		}
		return kind, status, nil
	})
	rows := e.count(`SELECT sum(version) FROM scores WHERE reviewer LIKE 'bank%'`)
	if fi, err := os.Stat(filepath.Join(e.dir, store.DBFile+"-wal")); err == nil && os.Getenv("TILLSYN_BENCH_WAL") != "" {
		fmt.Printf("WAL %d bytes\n", fi.Size())
	}
	return l, saved, rows
}

// BenchmarkReviewPage loads one review page at a time, 2,000 times per iteration: what a
// page costs without load, once rendered (kept) and when rendered afresh (after each load
// another reviewer's save changes the case, so the kept page is out of date).
func BenchmarkReviewPage(b *testing.B) {
	e := newEnv(b, envOptions{ingest: true, perStratum: 7})
	it := e.items[0]
	e.addUser("bench", review.RoleInspector, "", true)
	k := newConn(e.ts.URL)
	defer k.close()
	path := e.ts.URL + "/items/" + strconv.FormatInt(it.ID, 10)
	const n = 2000
	for _, fresh := range []bool{false, true} {
		var took time.Duration
		var versions map[review.Criterion]int
		for i := 0; i < b.N; i++ {
			for j := 0; j < n; j++ {
				if fresh {
					saved, err := e.svc.SaveScores(context.Background(), uInspector, it.ID,
						[]review.ScoreInput{{Criterion: review.Planning, Verdict: review.No, Comment: strconv.Itoa(j), Version: versions[review.Planning]}}, false)
					if err != nil {
						b.Fatal(err)
					}
					versions = map[review.Criterion]int{review.Planning: saved[0].Version}
				}
				hr, _ := http.NewRequest("GET", path, nil)
				hr.AddCookie(&http.Cookie{Name: "tillsyn_session", Value: e.tokens["bench"]})
				t0 := time.Now()
				status, err := k.do(hr)
				took += time.Since(t0)
				if err != nil || status != 200 {
					b.Fatalf("status %d, %v", status, err)
				}
			}
		}
		name := map[bool]string{false: "µs/kept-page", true: "µs/rendered-page"}[fresh]
		b.ReportMetric(float64(took.Microseconds())/float64(b.N*n), name)
	}
}
