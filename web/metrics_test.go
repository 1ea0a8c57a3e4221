package web_test

import (
	"bufio"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"tillsyn/review"
	"tillsyn/web"
)

// metricsEnv is the test env served by an app that counts into its own registry and checks
// readiness with a condition the test sets; its log is kept.
type metricsEnv struct {
	*testEnv
	reg      *prometheus.Registry
	notReady atomic.Pointer[error]
	mu       sync.Mutex
	log      strings.Builder
}

func newMetricsEnv(t *testing.T) *metricsEnv {
	now := time.Now()
	m := &metricsEnv{reg: prometheus.NewRegistry()}
	m.testEnv = newEnv(t, envOptions{clock: func() time.Time { return now }})
	wm, err := web.NewMetrics(m.reg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := web.NewMetrics(m.reg); err == nil {
		t.Fatal("the same metrics registered twice on one registry")
	}
	srv, err := web.New(web.Config{Service: m.svc, Auth: m.auth, Version: "test", Metrics: wm,
		Logger: slog.New(slog.NewTextHandler(lockedWriter{&m.mu, &m.log}, nil)),
		Ready: []web.ReadyCheck{{Name: "database", Check: func(context.Context) error {
			if err := m.notReady.Load(); err != nil {
				return *err
			}
			return nil
		}}}})
	if err != nil {
		t.Fatal(err)
	}
	m.srv = srv
	m.ts = httptest.NewServer(srv.Handler())
	t.Cleanup(m.ts.Close)
	return m
}

func (m *metricsEnv) logged() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.log.String()
}

// scrape reads /metrics as Prometheus does (the text format) into series → value.
func (m *metricsEnv) scrape() map[string]float64 {
	m.t.Helper()
	rec := httptest.NewRecorder()
	promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
		m.t.Fatalf("/metrics: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(rec.Body)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(l, ' ')
		v, err := strconv.ParseFloat(l[i+1:], 64)
		if err != nil {
			m.t.Fatalf("%q: %v", l, err)
		}
		out[l[:i]] = v
	}
	return out
}

// TestMetricsAfterTraffic: pages, saves (one saved, one stale, one invalid), logins (one
// good, six failed, one held back) and an unknown path move exactly the counters they
// should, labelled by route pattern, never by a path with its ids.
func TestMetricsAfterTraffic(t *testing.T) {
	e := newMetricsEnv(t)
	before := e.scrape()
	for _, s := range []string{`tillsyn_saves_total{result="saved"}`, `tillsyn_saves_total{result="conflict"}`, `tillsyn_logins_total{result="throttled"}`, `tillsyn_http_requests_in_flight`} {
		if v, ok := before[s]; !ok || v != 0 {
			t.Errorf("before any traffic: %s = %v (present %v), want 0", s, v, ok)
		}
	}
	for i := 0; i < 3; i++ {
		if r := e.do(req{method: "GET", path: "/audits", user: uInspector}); r.status != 200 {
			t.Fatalf("GET /audits: %d", r.status)
		}
	}
	if r := e.do(req{method: "GET", path: "/nonexistent/42"}); r.status != http.StatusSeeOther {
		t.Fatalf("unknown path: %d", r.status)
	}
	it := e.item(ownCommitee, false)
	path := "/items/" + strconv.FormatInt(it.ID, 10)
	versions := map[review.Criterion]int{}
	for k, v := range formVersions(e.do(req{method: "GET", path: path, user: uInspector}).body) {
		versions[review.Criterion(k)], _ = strconv.Atoi(v)
	}
	for _, want := range []struct {
		form   url.Values
		status int
	}{
		{scoreForm("draft", "räknas", versions), http.StatusSeeOther},
		{scoreForm("draft", "inaktuell", versions), http.StatusConflict},
		{scoreForm("submit", "", map[review.Criterion]int{review.NeedsAssessment: 1, review.Planning: 1, review.FollowUp: 1, review.AssignmentDescription: 1}), http.StatusUnprocessableEntity},
	} {
		if r := e.do(req{method: "POST", path: path + "/scores", user: uInspector, form: want.form}); r.status != want.status {
			t.Fatalf("save: %d, want %d\n%.500s", r.status, want.status, r.body)
		}
	}
	page := e.do(req{method: "GET", path: "/login"})
	tok := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(page.body)[1]
	login := func(pw string) int {
		return e.do(req{method: "POST", path: "/login", form: url.Values{"name": {uSelf}, "password": {pw}}, csrf: tok,
			header: map[string]string{"Cookie": "tillsyn_login=" + tok}}).status
	}
	if st := login(testPass); st != http.StatusSeeOther {
		t.Fatalf("login: %d", st)
	}
	for i := 0; i < 6; i++ { // the env allows 5 free failures; the clock stands still
		if st := login("fel"); st != http.StatusUnprocessableEntity {
			t.Fatalf("failure %d: %d", i, st)
		}
	}
	if st := login("fel"); st != http.StatusTooManyRequests {
		t.Fatalf("held back: %d", st)
	}

	after := e.scrape()
	for series, want := range map[string]float64{
		`tillsyn_http_requests_total{method="GET",route="/audits",status="200"}`:            3,
		`tillsyn_http_request_duration_seconds_count{method="GET",route="/audits"}`:         3,
		`tillsyn_http_requests_total{method="GET",route="unmatched",status="303"}`:          1,
		`tillsyn_http_requests_total{method="GET",route="/items/:id",status="200"}`:         1,
		`tillsyn_http_requests_total{method="POST",route="/items/:id/scores",status="303"}`: 1,
		`tillsyn_http_requests_total{method="POST",route="/items/:id/scores",status="409"}`: 1,
		`tillsyn_http_requests_total{method="POST",route="/items/:id/scores",status="422"}`: 1,
		`tillsyn_http_requests_total{method="POST",route="/login",status="422"}`:            6,
		`tillsyn_saves_total{result="saved"}`:                                               1,
		`tillsyn_saves_total{result="conflict"}`:                                            1,
		`tillsyn_saves_total{result="invalid"}`:                                             1,
		`tillsyn_saves_total{result="failed"}`:                                              0,
		`tillsyn_logins_total{result="ok"}`:                                                 1,
		`tillsyn_logins_total{result="failed"}`:                                             6,
		`tillsyn_logins_total{result="throttled"}`:                                          1,
		`tillsyn_http_requests_in_flight`:                                                   0,
	} {
		if got, ok := after[series]; !ok || got != want {
			t.Errorf("%s = %v (present %v), want %v", series, got, ok, want)
		}
	}
	// the histogram's buckets hold every save; no series is labelled by a real path
	if got := after[`tillsyn_http_request_duration_seconds_bucket{method="POST",route="/items/:id/scores",le="+Inf"}`]; got != 3 {
		t.Errorf("+Inf bucket of saves: %v, want 3", got)
	}
	for s := range after {
		if strings.Contains(s, "/items/"+strconv.FormatInt(it.ID, 10)) || strings.Contains(s, "nonexistent") {
			t.Errorf("a series labelled by a path: %s", s)
		}
	}
}

// TestReadyz: 200 "ready" while the checks pass, 503 naming the failed one otherwise (the
// reason in the log, once per change, not on every probe); public, never cached.
func TestReadyz(t *testing.T) {
	e := newMetricsEnv(t)
	r := e.do(req{method: "GET", path: "/readyz"})
	if r.status != 200 || r.body != "ready\n" || r.header.Get("Cache-Control") != "no-store" {
		t.Fatalf("ready: %d %q %v", r.status, r.body, r.header)
	}
	down := errors.New("disk I/O error")
	e.notReady.Store(&down)
	for i := 0; i < 3; i++ {
		r = e.do(req{method: "GET", path: "/readyz"})
		if r.status != http.StatusServiceUnavailable || r.body != "not ready: database\n" {
			t.Fatalf("not ready: %d %q", r.status, r.body)
		}
	}
	e.notReady.Store(nil)
	if r = e.do(req{method: "GET", path: "/readyz"}); r.status != 200 {
		t.Fatalf("ready again: %d", r.status)
	}
	log := e.logged()
	if n := strings.Count(log, `msg="not ready"`); n != 1 || !strings.Contains(log, "disk I/O error") || !strings.Contains(log, `msg=ready`) {
		t.Errorf("log: want one \"not ready\" with the reason and one \"ready\":\n%s", log)
	}
	if strings.Contains(log, "route=/readyz status=200") {
		t.Errorf("a passed probe logged at Info:\n%s", log)
	}
}

// TestRequestLogNamesNoCase: an error whose message names a case (replacing a case that is
// no longer selected: "case SN 2015/… of … is replaced") gives the request line its code and
// field, not the message.
func TestRequestLogNamesNoCase(t *testing.T) {
	e := newMetricsEnv(t)
	it := e.item(ownCommitee, false)
	path := "/items/" + strconv.FormatInt(it.ID, 10) + "/replace"
	form := url.Values{"reason": {"Akten kunde inte tas fram"}}
	if r := e.do(req{method: "POST", path: path, user: uInspector, form: form}); r.status != http.StatusSeeOther {
		t.Fatalf("replace: %d", r.status)
	}
	if r := e.do(req{method: "POST", path: path, user: uInspector, form: form}); r.status != http.StatusConflict {
		t.Fatalf("replace again: %d", r.status)
	}
	log := e.logged()
	if !strings.Contains(log, "route=/items/:id/replace status=409") || !strings.Contains(log, "err_code=conflict") {
		t.Fatalf("no request line with the error's code:\n%s", log)
	}
	if strings.Contains(log, it.Diarienummer) {
		t.Fatalf("the diarienummer %s in the log:\n%s", it.Diarienummer, log)
	}
}
