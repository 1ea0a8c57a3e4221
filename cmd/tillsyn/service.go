package main

// What `tillsyn serve` needs to run as a service under systemd: its flags for operations,
// the log format, the metrics listener, the readiness checks, the notification of systemd
// and the order of a graceful shutdown. serve.go wires these in.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"tillsyn/review"
	"tillsyn/review/pdftext"
	"tillsyn/review/store"
	"tillsyn/web"
)

// serviceFlags are serve's flags for running as a service.
type serviceFlags struct {
	metricsAddr     *string
	shutdownTimeout *time.Duration
	pdfWorkers      *int
	ocr             *string
}

// defaultShutdownTimeout is how long serve waits for requests in flight after SIGTERM. The
// unit's TimeoutStopSec (45 s) leaves room for it and for closing the store (the save loop
// answers what it holds, the database is checkpointed).
const defaultShutdownTimeout = 20 * time.Second

func addServiceFlags(f *flags) *serviceFlags {
	return &serviceFlags{
		metricsAddr: f.String("metrics-addr", "", "serve Prometheus metrics at http://ADDR/metrics on a listener of their own (never the app's port); default: no metrics"),
		shutdownTimeout: f.Duration("shutdown-timeout", defaultShutdownTimeout,
			"on SIGTERM or SIGINT, how long to let requests in flight finish before closing their connections"),
		pdfWorkers: f.Int("pdf-workers", 2, "PDF text worker processes at most (each limited to --memory-limit 2 GiB): size the service's MemoryMax by it"),
		ocr:        f.String("ocr", pdftext.OCRAuto, "read scanned pages of uploaded case files with Tesseract: auto (when tesseract with Swedish is installed), off, or the path of tesseract"),
	}
}

// isTerminal reports whether w is a terminal (a character device): serve logs text there
// and JSON lines anywhere else (a pipe, a file, the journal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// serviceMetrics is the registry serve exposes at --metrics-addr, with what the web app, the
// store and the PDF workers count.
type serviceMetrics struct {
	reg *prometheus.Registry
	web *web.Metrics
	pdf *pdfMetrics
}

// newServiceMetrics registers every metric of a serving process on a registry of its own
// (never the global default): the web app's requests, saves and logins, the database pools'
// waits (go_sql_*{db_name="write"} counts the saves and other writes that queued for the one
// writer connection), the PDF workers, the Go runtime, the process and the version.
func newServiceMetrics(st *store.Store, log *slog.Logger) (*serviceMetrics, error) {
	reg := prometheus.NewRegistry()
	w, r := st.DB()
	info := prometheus.NewGauge(prometheus.GaugeOpts{Name: "tillsyn_build_info", Help: "Always 1; the version label names the running build.",
		ConstLabels: prometheus.Labels{"version": version}})
	info.Set(1)
	for _, c := range []prometheus.Collector{
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewDBStatsCollector(w, "write"),
		collectors.NewDBStatsCollector(r, "read"),
		info,
	} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	wm, err := web.NewMetrics(reg)
	if err != nil {
		return nil, err
	}
	pm, err := newPDFMetrics(reg, log)
	if err != nil {
		return nil, err
	}
	return &serviceMetrics{reg: reg, web: wm, pdf: pm}, nil
}

// serveMetrics serves /metrics (and nothing else) on ln until it is shut down.
func serveMetrics(ln net.Listener, reg *prometheus.Registry, log *slog.Logger) *http.Server {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn), Registry: reg, MaxRequestsInFlight: 4, Timeout: 10 * time.Second}))
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 15 * time.Second,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	go func() {
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics listener", "err", err)
		}
	}()
	return hs
}

// pdfMetrics counts what the PDF workers do (it is the Extractor's pdftext.Observer) and
// logs a worker that was lost.
type pdfMetrics struct {
	log      *slog.Logger
	started  prometheus.Counter
	restarts *prometheus.CounterVec
	files    *prometheus.CounterVec
	duration prometheus.Histogram
}

var _ pdftext.Observer = (*pdfMetrics)(nil)

// docStatuses are every status a read file can get, so that each series exists from the start.
var docStatuses = []review.DocStatus{review.DocOK, review.DocNoText, review.DocEncrypted, review.DocCorrupt,
	review.DocNotPDF, review.DocTooLarge, review.DocTimeout, review.DocFailed}

func newPDFMetrics(reg prometheus.Registerer, log *slog.Logger) (*pdfMetrics, error) {
	m := &pdfMetrics{
		log: log,
		started: prometheus.NewCounter(prometheus.CounterOpts{Name: "tillsyn_pdf_workers_started_total",
			Help: "PDF text worker processes started (the first ones and every replacement)."}),
		restarts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tillsyn_pdf_worker_restarts_total",
			Help: "PDF text workers lost and replaced, by reason: crash (died, e.g. over its memory limit), timeout (overran a file's time limit), canceled, protocol."},
			[]string{"reason"}),
		files: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tillsyn_pdf_files_total",
			Help: "PDF files read, by status (ok, no_text, encrypted, corrupt, not_pdf, too_large, timeout, failed)."}, []string{"status"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "tillsyn_pdf_file_duration_seconds",
			Help: "Time to read one PDF file, both engines together.", Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120}}),
	}
	for _, c := range []prometheus.Collector{m.started, m.restarts, m.files, m.duration} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	for _, r := range []string{"crash", "timeout", "canceled", "protocol"} {
		m.restarts.WithLabelValues(r)
	}
	for _, s := range docStatuses {
		m.files.WithLabelValues(string(s))
	}
	return m, nil
}

func (m *pdfMetrics) WorkerStarted() { m.started.Inc() }

func (m *pdfMetrics) WorkerLost(reason string) {
	m.restarts.WithLabelValues(reason).Inc()
	if reason != "canceled" {
		m.log.Warn("pdf worker lost", "reason", reason)
	}
}

func (m *pdfMetrics) FileRead(status review.DocStatus, took time.Duration) {
	m.files.WithLabelValues(string(status)).Inc()
	m.duration.Observe(took.Seconds())
}

// workerProbe is the "pdf-workers" readiness check: a worker process can be started (see
// pdftext.Extractor.Probe). A success is trusted for a minute, so a load balancer's probes
// do not start a process each; a failure is tried again on the next probe.
type workerProbe struct {
	ex     *pdftext.Extractor
	mu     sync.Mutex
	passed time.Time
}

func (p *workerProbe) check(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.passed.IsZero() && time.Since(p.passed) < time.Minute {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := p.ex.Probe(ctx); err != nil {
		p.passed = time.Time{}
		return err
	}
	p.passed = time.Now()
	return nil
}

// readyChecks are the conditions of serve's /readyz: not shutting down, the database
// answers and is migrated, a PDF worker can be started.
func readyChecks(st *store.Store, probe *workerProbe, stopping *atomic.Bool) []web.ReadyCheck {
	return []web.ReadyCheck{
		{Name: "shutdown", Check: func(context.Context) error {
			if stopping.Load() {
				return errors.New("shutting down")
			}
			return nil
		}},
		{Name: "database", Check: st.Ready},
		{Name: "pdf-workers", Check: probe.check},
	}
}

// sdNotify sends state to systemd's notification socket ($NOTIFY_SOCKET, set for a unit of
// Type=notify; without it, nothing is sent). See sd_notify(3): READY=1 once serving,
// STOPPING=1 when shutting down, STATUS=... for `systemctl status`.
func sdNotify(getenv func(string) string, state string) error {
	name := getenv("NOTIFY_SOCKET")
	if name == "" {
		return nil
	}
	if name[0] == '@' { // an abstract socket
		name = "\x00" + name[1:]
	}
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		return fmt.Errorf("sd_notify: %w", err)
	}
	defer conn.Close()
	if _, err := conn.Write([]byte(state)); err != nil {
		return fmt.Errorf("sd_notify: %w", err)
	}
	return nil
}

// shutdown is serve's answer to SIGTERM, in this order: /readyz answers 503 (a load
// balancer stops sending); the listener closes and every request in flight runs to its end
// (a save is answered only after its commit is durable, so every save acknowledged is
// stored and none is cut in half), for at most timeout, after which the connections still
// open are closed; then the PDF workers and the metrics listener end. The store is closed by
// the caller after this returns (its save loop answers whatever it still holds). It reports
// whether every request in flight finished.
func shutdown(log *slog.Logger, e *env, stopping *atomic.Bool, hs *http.Server, timeout time.Duration, ex *pdftext.Extractor, metrics *http.Server) bool {
	start := time.Now()
	stopping.Store(true)
	if err := sdNotify(e.getenv, "STOPPING=1"); err != nil {
		log.Warn("sd_notify", "err", err)
	}
	log.Info("shutting down", "timeout_s", timeout.Seconds())
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	clean := true
	if err := hs.Shutdown(ctx); err != nil {
		clean = false
		log.Error("shutdown timed out: closing the connections still open", "err", err)
		_ = hs.Close()
	}
	_ = ex.Close()
	if metrics != nil {
		mctx, mcancel := context.WithTimeout(context.Background(), 2*time.Second)
		_ = metrics.Shutdown(mctx)
		mcancel()
	}
	log.Info("requests finished", "dur_ms", time.Since(start).Milliseconds(), "clean", clean)
	return clean
}
