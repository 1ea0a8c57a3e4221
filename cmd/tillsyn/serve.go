package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"text/tabwriter"
	"time"

	"tillsyn/review"
	"tillsyn/review/pdftext"
	"tillsyn/sampling"
	"tillsyn/web"
)

const serveSynopsis = `[--addr 127.0.0.1:8080] [--data DIR] [--demo DIR] [--trusted-proxies LIST] [--secure-cookies] [--public-origin URL] [--metrics-addr ADDR] [--log-json=false]`

// demoAudit is the audit `serve --demo` creates.
const demoAudit = "Demo Värmland 2015"

func cmdServe(e *env, args []string) int {
	f := newFlags(e, "serve", serveSynopsis)
	addr := f.String("addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free port)")
	demo := f.String("demo", "", "demo mode: a demo audit from DIR/caselist.csv (or DIR/*.csv) and DIR/casefiles, with demo users, in a fresh temporary data directory unless --data is given")
	proxies := f.String("trusted-proxies", "", "comma-separated proxy addresses or CIDRs whose X-Forwarded-For is trusted (default: none)")
	secure := f.Bool("secure-cookies", false, "mark cookies Secure and send HSTS (set when served over HTTPS)")
	var origins multiFlag
	f.Var(&origins, "public-origin", "an origin (https://host) accepted for form posts when a proxy rewrites Host; repeatable")
	logJSON := f.Bool("log-json", !isTerminal(e.stderr), "log as JSON lines (the default when standard error is not a terminal: the journal, a pipe, a file); --log-json=false for text")
	ops := addServiceFlags(f)
	if code, ok := parse(f, args); !ok {
		return code
	}
	if f.NArg() != 0 {
		return f.usageError("serve takes no arguments")
	}
	dataSet := false
	f.Visit(func(fl *flag.Flag) { dataSet = dataSet || fl.Name == "data" })
	logOpts := &slog.HandlerOptions{Level: slog.LevelInfo, ReplaceAttr: maskAttr}
	var handler slog.Handler = slog.NewTextHandler(e.stderr, logOpts)
	if *logJSON {
		handler = slog.NewJSONHandler(e.stderr, logOpts)
	}
	log := slog.New(handler)

	if *demo != "" && !dataSet {
		dir, err := os.MkdirTemp("", "tillsyn-demo-")
		if err != nil {
			return fail(e, err)
		}
		defer os.RemoveAll(dir)
		*f.data = dir
	}
	acfg, err := authConfig(e)
	if err != nil {
		return f.usageError("%v", err)
	}
	svc, st, err := f.openService()
	if err != nil {
		return fail(e, err)
	}
	defer st.Close()
	auth := review.NewAuth(svc, acfg)
	ctx, stop := signal.NotifyContext(cliContext(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	metrics, err := newServiceMetrics(st, log)
	if err != nil {
		return fail(e, err)
	}
	ex := pdftext.New(pdftext.Options{Workers: *ops.pdfWorkers, Timeout: 60 * time.Second, Observer: metrics.pdf, OCR: ocrOption(*ops.ocr)})
	defer ex.Close()
	if on, why := ex.OCRStatus(); !on {
		log.Warn("scanned pages will not be read", "reason", why)
	}

	var demoUsers []demoUser
	if *demo != "" {
		if demoUsers, err = setUpDemo(ctx, e, svc, auth, ex, *demo); err != nil {
			return fail(e, fmt.Errorf("demo: %w", err))
		}
	}
	var stopping atomic.Bool
	srv, err := web.New(web.Config{Service: svc, Auth: auth, Logger: log, SecureCookies: *secure,
		TrustedProxies: splitList(*proxies), PublicOrigins: origins, Version: version,
		Metrics: metrics.web, Ready: readyChecks(st, &workerProbe{ex: ex}, &stopping), Extractor: ex, Renderer: ex,
		Demo: *demo != ""})
	if err != nil {
		return fail(e, err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fail(e, err)
	}
	var mhs *http.Server
	if *ops.metricsAddr != "" {
		mln, err := net.Listen("tcp", *ops.metricsAddr)
		if err != nil {
			ln.Close()
			return fail(e, fmt.Errorf("metrics: %w", err))
		}
		mhs = serveMetrics(mln, metrics.reg, log)
		fmt.Fprintf(e.stdout, "Metrics on http://%s/metrics\n", mln.Addr())
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
		ErrorLog: slog.NewLogLogger(handler, slog.LevelWarn)}
	url := "http://" + ln.Addr().String()
	if *demo != "" {
		// the request letters carry upload links: make them now that the address is known
		if err := demoLetters(ctx, e, svc, url); err != nil {
			ln.Close()
			return fail(e, fmt.Errorf("demo: %w", err))
		}
	}
	fmt.Fprintf(e.stdout, "Tillsyn %s listens on %s (data %s)\n", version, url, *f.data)
	if len(demoUsers) > 0 {
		fmt.Fprintf(e.stdout, "\nDemo users (they exist only in this demo data directory):\n")
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tROLE\tPASSWORD")
		for _, u := range demoUsers {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", u.name, u.role, u.password)
		}
		tw.Flush()
		fmt.Fprintln(e.stdout)
	}
	if fl, ok := e.stdout.(interface{ Sync() error }); ok {
		_ = fl.Sync()
	}
	go srv.PruneSessions(ctx, 10*time.Minute)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	log.Info("started", "version", version, "addr", ln.Addr().String(), "metrics_addr", *ops.metricsAddr, "pid", os.Getpid())
	if err := sdNotify(e.getenv, "READY=1\nSTATUS=serving on "+url); err != nil {
		log.Warn("sd_notify", "err", err)
	}
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return fail(e, err)
		}
	case <-ctx.Done():
		stop() // a second signal ends the process at once
		start := time.Now()
		clean := shutdown(log, e, &stopping, hs, *ops.shutdownTimeout, ex, mhs)
		if err := st.Close(); err != nil {
			log.Error("close database", "err", err)
			clean = false
		}
		log.Info("stopped", "dur_ms", time.Since(start).Milliseconds())
		if !clean {
			return exitFailure
		}
	}
	return exitOK
}

type demoUser struct{ name, role, password string }

// setUpDemo imports, samples and (when the case files are there) ingests the demo audit,
// and creates one user per role with a random password.
func setUpDemo(ctx context.Context, e *env, svc *review.Service, auth *review.Auth, ex review.TextExtractor, dir string) ([]demoUser, error) {
	if _, err := svc.AuditByName(ctx, demoAudit); err == nil {
		return nil, fmt.Errorf("the data directory already holds %q: use a fresh one (omit --data)", demoAudit)
	}
	if _, err := svc.CreateAudit(ctx, demoAudit, review.KindTillsyn, "Demo: fyra nämnders ärendelistor, urval och akter"); err != nil {
		return nil, err
	}
	files := []string{filepath.Join(dir, "caselist.csv")}
	if _, err := os.Stat(files[0]); err != nil {
		files, _ = filepath.Glob(filepath.Join(dir, "*.csv"))
		sort.Strings(files)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no caselist.csv in %s", dir)
	}
	if _, err := svc.ImportCaseLists(ctx, demoAudit, files, review.ImportOptions{}); err != nil {
		return nil, err
	}
	sm, err := svc.DrawSample(ctx, demoAudit, review.DrawRequest{
		// 5 of each committee's 5–7 cases: reserves exist, and a replacement can be tried
		Params: sampling.Params{Seed: "demo-2015", Reserves: 2, Allocation: sampling.Allocation{Mode: sampling.ModeFixed, PerStratum: 5}},
		By:     "demo", ToolVersion: version})
	if err != nil {
		return nil, err
	}
	double, err := svc.SetDoubleReview(ctx, demoAudit, 0.4)
	if err != nil {
		return nil, err
	}
	if err := demoIngest(ctx, e, svc, ex, dir); err != nil {
		return nil, err
	}
	committee := ""
	for _, it := range sm.Items {
		if committee == "" || it.Committee < committee {
			committee = it.Committee
		}
	}
	var users []demoUser
	for _, u := range []struct {
		name string
		role review.Role
		c    string
	}{{"admin", review.RoleAdmin, ""}, {"inspektor", review.RoleInspector, ""}, {"inspektor2", review.RoleInspector, ""},
		{"egenkontroll", review.RoleSelfAuditor, committee}, {"forskare", review.RoleResearcher, ""}} {
		pw := randomPassword()
		if _, err := auth.AddUser(ctx, u.name, u.role, u.c, pw); err != nil {
			return nil, err
		}
		if u.role != review.RoleAdmin {
			if err := auth.AssignAudit(ctx, u.name, demoAudit); err != nil {
				return nil, err
			}
		}
		role := string(u.role)
		if u.c != "" {
			role += " (" + u.c + ")"
		}
		users = append(users, demoUser{u.name, role, pw})
	}
	// reviews in every state, a signed decision, an open requirement, a self-audit
	if err := setUpDemoLifecycle(ctx, e, svc, auth, dir, double, "inspektor", users[1].password); err != nil {
		return nil, err
	}
	return users, nil
}

// demoIngest reads DIR/casefiles into the demo audit when the directory exists.
func demoIngest(ctx context.Context, e *env, svc *review.Service, ex review.TextExtractor, dir string) error {
	cf := filepath.Join(dir, "casefiles")
	if _, err := os.Stat(cf); err != nil {
		fmt.Fprintf(e.stderr, "demo: no %s, the demo has no case files\n", cf)
		return nil
	}
	// one committee has not delivered its files (demoUndelivered): ingest a copy without them
	cf, cleanup, err := demoDelivered(cf)
	if err != nil {
		return err
	}
	defer cleanup()
	// the demo files were written in autumn 2015; screen them as of then
	res, err := svc.Ingest(ctx, demoAudit, cf, ex, review.ScreenOptions{ReviewDate: time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "demo: ingested %d case folders, %d files, %d pages\n", len(res.Matched), res.FilesNew, res.PagesNew)
	if len(res.Unmatched) > 0 {
		fmt.Fprintf(e.stderr, "demo: folders matching no sampled case: %s\n", strings.Join(res.Unmatched, ", "))
	}
	return nil
}

// maskAttr keeps personnummer out of the log: any string or error attribute that holds one
// (an error quoting an input, say) is logged with its last four digits masked.
func maskAttr(_ []string, a slog.Attr) slog.Attr {
	switch a.Value.Kind() {
	case slog.KindString:
		if s := a.Value.String(); review.ContainsPersonnummer(s) {
			a.Value = slog.StringValue(review.MaskPersonnummer(s))
		}
	case slog.KindAny:
		if err, ok := a.Value.Any().(error); ok {
			if s := err.Error(); review.ContainsPersonnummer(s) {
				a.Value = slog.StringValue(review.MaskPersonnummer(s))
			}
		}
	}
	return a
}
