package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"tillsyn/review"
)

// servedApp is `tillsyn serve` run as its own process (this test binary acting as tillsyn),
// as systemd runs it: a notification socket to learn READY and STOPPING, JSON logs on a pipe.
type servedApp struct {
	cmd     *exec.Cmd
	url     string // the app
	metrics string // the metrics listener's /metrics
	notify  *net.UnixConn
	stderr  *syncBuffer
	exited  chan struct{}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// startServe starts the server and returns once it has told systemd READY=1.
func startServe(t *testing.T, args ...string) *servedApp {
	t.Helper()
	sock := filepath.Join(t.TempDir(), "notify")
	notify, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: sock, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { notify.Close() })
	a := &servedApp{notify: notify, stderr: &syncBuffer{}, exited: make(chan struct{})}
	a.cmd = exec.Command(os.Args[0], append([]string{"serve"}, args...)...)
	a.cmd.Env = append(os.Environ(), "TILLSYN_TEST_MAIN=1", "NOTIFY_SOCKET="+sock)
	a.cmd.Stderr = a.stderr
	stdout, err := a.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := a.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { a.cmd.Wait(); close(a.exited) }()
	t.Cleanup(func() {
		select {
		case <-a.exited:
		default:
			a.cmd.Process.Kill()
			<-a.exited
		}
	})
	lines := make(chan string, 64)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	a.expectNotify(t, "READY=1", 3*time.Minute)
	// the addresses were printed before READY=1 was sent
	listens := regexp.MustCompile(`listens on (http://\S+)`)
	metricsOn := regexp.MustCompile(`^Metrics on (http://\S+)`)
	for a.url == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("serve's output ended before it named its address; log:\n%s", a.stderr)
			}
			if m := listens.FindStringSubmatch(l); m != nil {
				a.url = m[1]
			}
			if m := metricsOn.FindStringSubmatch(l); m != nil {
				a.metrics = m[1]
			}
		case <-time.After(10 * time.Second):
			t.Fatal("serve sent READY=1 but printed no address")
		}
	}
	go func() {
		for range lines {
		}
	}()
	return a
}

// expectNotify waits for a notification that holds want.
func (a *servedApp) expectNotify(t *testing.T, want string, within time.Duration) {
	t.Helper()
	a.notify.SetReadDeadline(time.Now().Add(within))
	buf := make([]byte, 4096)
	for {
		n, _, err := a.notify.ReadFromUnix(buf)
		if err != nil {
			t.Fatalf("no %s from serve: %v\nlog:\n%s", want, err, a.stderr)
		}
		for _, l := range strings.Split(string(buf[:n]), "\n") {
			if l == want {
				return
			}
		}
	}
}

// webClient speaks to the app as a browser would: no redirects followed, cookies by hand.
type webClient struct {
	base string
	c    *http.Client
}

func newWebClient(base string) *webClient {
	return &webClient{base: base, c: &http.Client{Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Transport:     &http.Transport{MaxIdleConnsPerHost: 64}}}
}

func (w *webClient) do(method, path string, form url.Values, cookies ...*http.Cookie) (*http.Response, string, error) {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, w.base+path, body)
	if err != nil {
		return nil, "", err
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for _, c := range cookies {
		req.AddCookie(c)
	}
	res, err := w.c.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res, string(b), err
}

// login logs a user in through the login form and returns the session cookie.
func (w *webClient) login(t *testing.T, name, password string) *http.Cookie {
	t.Helper()
	res, _, err := w.do("GET", "/login", nil)
	if err != nil {
		t.Fatal(err)
	}
	var loginCk *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == "tillsyn_login" {
			loginCk = c
		}
	}
	if loginCk == nil {
		t.Fatalf("GET /login set no login cookie: %v", res.Header)
	}
	res, body, err := w.do("POST", "/login", url.Values{"name": {name}, "password": {password}, "csrf": {loginCk.Value}, "next": {"/audits"}}, loginCk)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Cookies() {
		if c.Name == "tillsyn_session" && c.Value != "" {
			return c
		}
	}
	t.Fatalf("login %s: %d\n%.500s", name, res.StatusCode, body)
	return nil
}

// saveForm is the review form of every criterion as a browser posts it (a draft).
func saveForm(comment, csrf string, version int) url.Values {
	f := url.Values{"action": {"draft"}, "csrf": {csrf}}
	for i, c := range review.DefaultCriteria {
		k := string(c)
		f.Set("verdict_"+k, []string{"yes", "partly", "no", "not_applicable"}[i%4])
		f.Set("comment_"+k, comment)
		f.Set("pages_"+k, "Utredning.pdf s. 1")
		f.Set("version_"+k, strconv.Itoa(version))
		if c == review.AssignmentDescription {
			f["elements_"+k] = []string{"a", "b", "f"}
		}
	}
	return f
}

// scrape reads a Prometheus text exposition into series → value.
func scrape(t *testing.T, url string) map[string]float64 {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); res.StatusCode != 200 || !strings.HasPrefix(ct, "text/plain") {
		t.Fatalf("GET %s: %d %s", url, res.StatusCode, ct)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(l, ' ')
		v, err := strconv.ParseFloat(l[i+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", l, err)
		}
		out[l[:i]] = v
	}
	return out
}

// childrenOf lists the processes whose parent is pid.
func childrenOf(pid int) []int {
	var kids []int
	procs, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) > 1 && f[1] == strconv.Itoa(pid) {
			n, _ := strconv.Atoi(filepath.Base(filepath.Dir(p)))
			kids = append(kids, n)
		}
	}
	return kids
}

// alive reports whether pid runs (a zombie, dead but not yet reaped, does not).
func alive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	return len(f) > 0 && f[0] != "Z" && f[0] != "X"
}

// TestGracefulShutdownUnderSaves: 20 reviewers save as fast as the server answers; SIGTERM
// comes in the middle. Every save the server acknowledged (303) is in the database, whole
// (all four criteria at the acknowledged version), nothing was committed that was not
// acknowledged, no request the server took got an error, the server told systemd READY and
// STOPPING, ended its PDF workers and exited 0 well within the unit's stop timeout. Before
// the signal, /metrics shows the traffic; the log is JSON lines naming routes and user ids,
// never a comment or a diarienummer.
func TestGracefulShutdownUnderSaves(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	t.Setenv("TILLSYN_BCRYPT_COST", "4")
	data := t.TempDir()
	const reviewers = 20
	names := make([]string, reviewers)
	for i := range names {
		names[i] = fmt.Sprintf("granskare%02d", i)
		var o, e bytes.Buffer
		if code := run([]string{"user", "add", "--data", data, "--name", names[i], "--role", "inspector", "--password-stdin"}, strings.NewReader("lösenord-"+names[i]+"\n"), &o, &e); code != 0 {
			t.Fatalf("user add: %s", e.String())
		}
	}
	// the demo audit, its case files ingested by the server's own PDF workers, which stay
	// idle in the pool while it serves
	app := startServe(t, "--addr", "127.0.0.1:0", "--data", data, "--demo", demoDir, "--metrics-addr", "127.0.0.1:0", "--pdf-workers", "2")
	for _, n := range names {
		if _, e, code := tillsyn(t, "user", "assign", "--data", data, "--name", n, "--audit", demoAudit); code != 0 {
			t.Fatalf("user assign: %s", e)
		}
	}
	db := openDB(t, data)
	defer db.Close()
	var items []int64
	rows, err := db.Query(`SELECT id FROM sample_items WHERE status = 'selected' ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		items = append(items, id)
	}
	rows.Close()
	if len(items) < reviewers {
		t.Fatalf("%d selected items, want %d", len(items), reviewers)
	}
	w := newWebClient(app.url)
	if res, body, err := w.do("GET", "/readyz", nil); err != nil || res.StatusCode != 200 || body != "ready\n" {
		t.Fatalf("/readyz: %v %v %q\n%s", res, err, body, app.stderr)
	}
	sessions := make([]*http.Cookie, reviewers)
	for i, n := range names {
		sessions[i] = w.login(t, n, "lösenord-"+n)
	}
	workers := childrenOf(app.cmd.Process.Pid)
	if len(workers) != 2 {
		t.Fatalf("%d child processes of the server (%v), want its 2 idle PDF workers", len(workers), workers)
	}

	type result struct {
		acked      int      // saves acknowledged (303), in order: save k has comment "... k"
		ackedAfter int      // of them, received after SIGTERM was sent
		lastErr    error    // the transport error that ended the loop, if any
		badStatus  []string // answers other than 303
	}
	results := make([]result, reviewers)
	var total atomic.Int64
	var signalAt atomic.Pointer[time.Time]
	enough := make(chan struct{})
	var enoughOnce sync.Once
	const enoughSaves, maxSaves = 200, 400 // per reviewer at most: the loops end by themselves
	var wg sync.WaitGroup
	for g := 0; g < reviewers; g++ {
		wg.Go(func() {
			r := &results[g]
			csrf := review.CSRFToken(sessions[g].Value)
			path := "/items/" + strconv.FormatInt(items[g], 10) + "/scores"
			for k := 0; k < maxSaves; k++ {
				comment := fmt.Sprintf("%s sparning %d", names[g], k)
				res, body, err := w.do("POST", path, saveForm(comment, csrf, r.acked), sessions[g])
				if err != nil {
					r.lastErr = err
					return
				}
				if res.StatusCode != http.StatusSeeOther {
					r.badStatus = append(r.badStatus, fmt.Sprintf("save %d: %d %.300s", k, res.StatusCode, body))
					return
				}
				r.acked++
				if at := signalAt.Load(); at != nil {
					r.ackedAfter++
				}
				if total.Add(1) == enoughSaves {
					enoughOnce.Do(func() { close(enough) })
				}
			}
		})
	}
	select {
	case <-enough:
	case <-time.After(2 * time.Minute):
		t.Fatalf("only %d saves in 2 minutes", total.Load())
	}
	// the counters moved with the traffic
	m := scrape(t, app.metrics)
	for series, min := range map[string]float64{
		`tillsyn_saves_total{result="saved"}`:                                                  enoughSaves,
		`tillsyn_http_requests_total{method="POST",route="/items/:id/scores",status="303"}`:    enoughSaves,
		`tillsyn_http_request_duration_seconds_count{method="POST",route="/items/:id/scores"}`: enoughSaves,
		`tillsyn_logins_total{result="ok"}`:                                                    reviewers,
		`tillsyn_http_requests_total{method="GET",route="/readyz",status="200"}`:               1,
		`tillsyn_pdf_files_total{status="ok"}`:                                                 1,
		`tillsyn_pdf_workers_started_total`:                                                    2,
		`tillsyn_build_info{version="dev"}`:                                                    1,
		`go_sql_wait_count_total{db_name="write"}`:                                             0,
	} {
		if v, ok := m[series]; !ok || v < min {
			t.Errorf("metrics: %s = %v (present %v), want at least %v", series, v, ok, min)
		}
	}
	for series, want := range map[string]float64{`tillsyn_saves_total{result="conflict"}`: 0, `tillsyn_logins_total{result="failed"}`: 0} {
		if v, ok := m[series]; !ok || v != want {
			t.Errorf("metrics: %s = %v (present %v), want %v", series, v, ok, want)
		}
	}

	now := time.Now()
	signalAt.Store(&now)
	if err := app.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	app.expectNotify(t, "STOPPING=1", 10*time.Second)
	select {
	case <-app.exited:
	case <-time.After(45 * time.Second): // the unit's TimeoutStopSec
		t.Fatalf("serve did not exit within 45 s of SIGTERM\n%s", app.stderr)
	}
	stoppedIn := time.Since(now)
	wg.Wait()
	if code := app.cmd.ProcessState.ExitCode(); code != 0 {
		t.Errorf("serve exited %d after SIGTERM, want 0 (every request finished)", code)
	}
	for _, pid := range workers {
		if alive(pid) {
			t.Errorf("PDF worker %d outlived the server", pid)
		}
	}

	var acked, after int
	for g, r := range results {
		acked += r.acked
		after += r.ackedAfter
		for _, b := range r.badStatus {
			t.Errorf("%s: a request the server took failed: %s", names[g], b)
		}
		if r.lastErr == nil && r.acked < maxSaves {
			t.Errorf("%s: the loop ended without an error", names[g])
		}
	}
	t.Logf("%d saves acknowledged, %d of them after SIGTERM was sent; stopped in %v", acked, after, stoppedIn.Round(time.Millisecond))
	if after == 0 {
		t.Errorf("no save was answered after SIGTERM: the signal found none in flight")
	}

	// the database: every acknowledged save whole, nothing unacknowledged
	var ok string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q %v", ok, err)
	}
	for g, r := range results {
		if r.acked == 0 {
			continue
		}
		want := fmt.Sprintf("%s sparning %d", names[g], r.acked-1)
		rows, err := db.Query(`SELECT criterion, comment, version FROM scores WHERE reviewer = ? AND sample_item_id = ? AND kind = 'review'`, names[g], items[g])
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var crit, comment string
			var version int
			rows.Scan(&crit, &comment, &version)
			n++
			if comment != want || version != r.acked {
				t.Errorf("%s %s: %q version %d, want the last acknowledged save %q version %d", names[g], crit, comment, version, want, r.acked)
			}
		}
		rows.Close()
		if n != len(review.DefaultCriteria) {
			t.Errorf("%s: %d criteria stored, want %d", names[g], n, len(review.DefaultCriteria))
		}
	}
	var events int
	// (the demo's own reviews, by inspektor and inspektor2, are not counted)
	if err := db.QueryRow(`SELECT count(*) FROM score_events WHERE changed_by LIKE 'granskare%'`).Scan(&events); err != nil || events != acked*len(review.DefaultCriteria) {
		t.Errorf("%d judgement history events (%v), want %d: one per criterion of every acknowledged save", events, err, acked*len(review.DefaultCriteria))
	}

	// the log: JSON lines; one per request with route, status, duration and user id; never a
	// comment or a diarienummer
	var dnrs []string
	rows, err = db.Query(`SELECT diarienummer FROM sample_items`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var d string
		rows.Scan(&d)
		dnrs = append(dnrs, d)
	}
	rows.Close()
	log := app.stderr.String()
	saveLines := 0
	msgs := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(log), "\n") {
		if !strings.HasPrefix(l, "{") {
			continue // the demo set-up's own lines
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("log line is not JSON: %q", l)
		}
		msg, _ := rec["msg"].(string)
		msgs[msg] = true
		if msg == "http" && rec["route"] == "/items/:id/scores" {
			saveLines++
			for _, k := range []string{"status", "dur_ms", "user_id", "method", "time", "level"} {
				if _, ok := rec[k]; !ok {
					t.Errorf("request line without %s: %s", k, l)
				}
			}
		}
		if strings.Contains(l, "sparning") {
			t.Errorf("a comment in the log: %s", l)
		}
		for _, d := range dnrs {
			if strings.Contains(l, d) {
				t.Errorf("diarienummer %s in the log: %s", d, l)
			}
		}
	}
	if saveLines < acked {
		t.Errorf("%d request lines for %d acknowledged saves", saveLines, acked)
	}
	for _, m := range []string{"started", "shutting down", "requests finished", "stopped"} {
		if !msgs[m] {
			t.Errorf("no %q event in the log", m)
		}
	}
}
