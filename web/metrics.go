package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics counts what the web app serves, for Prometheus. It registers on the registry it is
// given (never the global default), so a test or a second server in one process has its own
// counters. The request counters are labelled by route pattern (/items/:id, never the path
// with its ids), method and status: the label sets stay small, and no label ever holds a
// diarienummer, a name or a query string.
//
// Saves, conflicts and logins are counted here from the route and the status its handler
// answered with, so the handlers need no metrics code:
//
//   - POST /items/:id/scores (a reviewer's judgements): 303 saved, 409 conflict (the form
//     was stale; nothing changed), 422 invalid, 5xx failed.
//   - POST /login: 303 logged in, 422 failed (wrong name or password), 429 throttled (held
//     back by the per-account or per-address back-off).
type Metrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	inFlight prometheus.Gauge
	saves    *prometheus.CounterVec
	logins   *prometheus.CounterVec
}

// Route patterns and statuses that the counters above are read from.
const (
	scoresRoute = "/items/:id/scores"
	loginRoute  = "/login"
)

// NewMetrics registers the web app's metrics on reg. It fails if they are registered there
// already.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tillsyn_http_requests_total",
			Help: "HTTP requests answered, by route pattern, method and status.",
		}, []string{"route", "method", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "tillsyn_http_request_duration_seconds",
			Help: "Time from the request's arrival to the end of its answer, by route pattern and method.",
			// a review page from the cache takes ~1 ms, a group-committed save a few ms, a
			// report or an export up to seconds
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"route", "method"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "tillsyn_http_requests_in_flight",
			Help: "HTTP requests being served now.",
		}),
		saves: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tillsyn_saves_total",
			Help: "Saves of a reviewer's judgements (POST /items/:id/scores) by result: saved, conflict (stale form, nothing changed), invalid, failed.",
		}, []string{"result"}),
		logins: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "tillsyn_logins_total",
			Help: "Login attempts by result: ok, failed (wrong name or password), throttled (held back by the back-off).",
		}, []string{"result"}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.inFlight, m.saves, m.logins} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	// the results exist from the start (at 0), so a rate() or an alert has a series to read
	for _, r := range []string{"saved", "conflict", "invalid", "failed"} {
		m.saves.WithLabelValues(r)
	}
	for _, r := range []string{"ok", "failed", "throttled"} {
		m.logins.WithLabelValues(r)
	}
	return m, nil
}

// observe is the middleware that counts every request. With no Metrics configured it only
// passes the request on.
func (s *Server) observe(c *gin.Context) {
	m := s.cfg.Metrics
	if m == nil {
		c.Next()
		return
	}
	start := time.Now()
	m.inFlight.Inc()
	defer m.inFlight.Dec()
	c.Next()
	m.record(c.FullPath(), c.Request.Method, c.Writer.Status(), time.Since(start))
}

// record counts one answered request. route is the matched route pattern ("" when none
// matched: those are counted as "unmatched", never by their path).
func (m *Metrics) record(route, method string, status int, took time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodOptions:
	default:
		method = "other"
	}
	m.requests.WithLabelValues(route, method, strconv.Itoa(status)).Inc()
	m.duration.WithLabelValues(route, method).Observe(took.Seconds())
	if method != http.MethodPost {
		return
	}
	switch route {
	case scoresRoute:
		switch {
		case status == http.StatusSeeOther:
			m.saves.WithLabelValues("saved").Inc()
		case status == http.StatusConflict:
			m.saves.WithLabelValues("conflict").Inc()
		case status == http.StatusUnprocessableEntity:
			m.saves.WithLabelValues("invalid").Inc()
		case status >= 500:
			m.saves.WithLabelValues("failed").Inc()
		}
	case loginRoute:
		switch status {
		case http.StatusSeeOther:
			m.logins.WithLabelValues("ok").Inc()
		case http.StatusUnprocessableEntity:
			m.logins.WithLabelValues("failed").Inc()
		case http.StatusTooManyRequests:
			m.logins.WithLabelValues("throttled").Inc()
		}
	}
}
