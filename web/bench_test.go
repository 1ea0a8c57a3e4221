package web_test

import (
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
	_ "github.com/mattn/go-sqlite3"

	"tillsyn/review"
	"tillsyn/review/store"
)

// load is the outcome of one load run: latencies per kind of request.
type load struct {
	name     string
	dur      time.Duration
	lat      map[string][]time.Duration
	errors   int
	statuses map[int]int
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

// runLoad runs conns workers for dur; each calls step(worker, i) in a loop, which returns
// the kind of request, its status and an error.
func runLoad(name string, conns int, dur time.Duration, step func(w, i int) (string, int, error)) *load {
	l := &load{name: name, lat: map[string][]time.Duration{}, statuses: map[int]int{}}
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
	return l
}

func benchDuration() time.Duration {
	if s := os.Getenv("TILLSYN_BENCH_SECONDS"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return time.Duration(n) * time.Second
		}
	}
	return 5 * time.Second
}

// BenchmarkReviewApp: 50 concurrent connections on 127.0.0.1, each a reviewer loading a
// review page (documents, evidence, form) and saving the form, against a minimal gin +
// SQLite handler that reads and writes one row, in the same run. Prints throughput and
// p50/p99, and counts the saved rows afterwards. TILLSYN_BENCH_SECONDS sets the duration
// of each run (default 5; the figure is 10).
func BenchmarkReviewApp(b *testing.B) {
	const conns = 50
	dur := benchDuration()
	for n := 0; n < b.N; n++ {
		anchor := runAnchor(b, conns, dur)
		app, savedForms, rows := runApp(b, conns, dur)
		fmt.Printf("\n50 connections, %s each, on 127.0.0.1 (2 shared cores: compare, do not quote)\n", dur)
		for _, l := range []*load{anchor, app} {
			for _, k := range []string{"page", "save"} {
				fmt.Println(l.line(k))
			}
			fmt.Printf("%-22s errors %d, statuses %v\n", l.name, l.errors, l.statuses)
		}
		fmt.Printf("throughput vs minimal: pages %.2f×, saves %.2f× (goal ≥ 0.33×); p99 vs minimal: pages %.2f×, saves %.2f× (goal ≤ 2×)\n",
			app.rate("page")/anchor.rate("page"), app.rate("save")/anchor.rate("save"),
			float64(app.p99("page"))/float64(anchor.p99("page")), float64(app.p99("save"))/float64(anchor.p99("save")))
		fmt.Printf("saved forms answered 303: %d; judgement rows' versions add up to %d (want %d × 4): %s\n", savedForms, rows, savedForms,
			map[bool]string{true: "none lost", false: "LOST SAVES"}[rows == savedForms*4])
		if rows != savedForms*4 || app.statuses[500] > 0 {
			b.Fatalf("lost saves or 5xx: rows %d, forms %d, statuses %v", rows, savedForms, app.statuses)
		}
		b.ReportMetric(app.rate("page"), "pages/s")
		b.ReportMetric(app.rate("save"), "saves/s")
		b.ReportMetric(anchor.rate("page"), "min-reads/s")
		b.ReportMetric(anchor.rate("save"), "min-writes/s")
	}
}

// runAnchor is the minimal gin + SQLite handler: one row read, one row written, with the
// store's connection settings (WAL, synchronous=FULL, one writer, a read pool).
func runAnchor(b *testing.B, conns int, dur time.Duration) *load {
	path := filepath.Join(b.TempDir(), "anchor.db")
	w, err := sql.Open("sqlite3", store.DSN(path, true))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite3", store.DSN(path, false))
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	r.SetMaxOpenConns(8)
	if _, err := w.Exec(`CREATE TABLE rows (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, v TEXT NOT NULL)`); err != nil {
		b.Fatal(err)
	}
	for i := 1; i <= conns; i++ {
		if _, err := w.Exec(`INSERT INTO rows (id, n, v) VALUES (?, 0, '')`, i); err != nil {
			b.Fatal(err)
		}
	}
	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	e.GET("/row/:id", func(c *gin.Context) {
		id, _ := strconv.Atoi(c.Param("id"))
		var n int
		var v string
		if err := r.QueryRow(`SELECT n, v FROM rows WHERE id = ?`, id).Scan(&n, &v); err != nil {
			c.String(500, err.Error())
			return
		}
		c.String(200, "%d %s", n, v)
	})
	e.POST("/row/:id", func(c *gin.Context) {
		id, _ := strconv.Atoi(c.Param("id"))
		if _, err := w.Exec(`UPDATE rows SET n = n + 1, v = ? WHERE id = ?`, c.PostForm("v"), id); err != nil {
			c.String(500, err.Error())
			return
		}
		c.Status(204)
	})
	ts := httptest.NewServer(e)
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}}
	l := runLoad("minimal gin+SQLite", conns, dur, func(wk, i int) (string, int, error) {
		u := ts.URL + "/row/" + strconv.Itoa(wk+1)
		var res *http.Response
		var err error
		kind := "page"
		if i%2 == 0 {
			res, err = client.Get(u)
		} else {
			kind = "save"
			res, err = client.PostForm(u, url.Values{"v": {strconv.Itoa(i)}})
		}
		if err != nil {
			return kind, 0, err
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode >= 300 {
			return kind, res.StatusCode, fmt.Errorf("status %d", res.StatusCode)
		}
		return kind, res.StatusCode, nil
	})
	var sum int
	_ = r.QueryRow(`SELECT sum(n) FROM rows`).Scan(&sum)
	if sum != len(l.lat["save"]) {
		b.Fatalf("minimal handler lost writes: %d rows written, %d saves answered", sum, len(l.lat["save"]))
	}
	return l
}

// runApp loads review pages and saves forms as 50 reviewers.
func runApp(b *testing.B, conns int, dur time.Duration) (*load, int, int) {
	e := newEnv(b, envOptions{ingest: true, perStratum: 7})
	names := make([]string, conns)
	for i := range names {
		names[i] = fmt.Sprintf("bank%02d", i)
		e.addUser(names[i], review.RoleInspector, "", true)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Transport: &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}}
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
		kind := "page"
		if i%2 == 0 {
			hr, _ = http.NewRequest("GET", path, nil)
		} else {
			kind = "save"
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
		res, err := client.Do(hr)
		if err != nil {
			return kind, 0, err
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		want := 200
		if kind == "save" {
			want = 303
		}
		if res.StatusCode != want {
			return kind, res.StatusCode, fmt.Errorf("status %d", res.StatusCode)
		}
		if kind == "save" {
			for _, c := range review.DefaultCriteria {
				versions[wk][it.ID][c]++
			}
			mu.Lock()
			saved++
			mu.Unlock()
		}
		return kind, res.StatusCode, nil
	})
	rows := e.count(`SELECT sum(version) FROM scores WHERE reviewer LIKE 'bank%'`)
	return l, saved, rows
}
