package web_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"tillsyn/review"
	"tillsyn/review/pdftext"
	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
	"tillsyn/sampling"
	"tillsyn/web"
)

// TestMain lets the test binary act as the PDF worker child process.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == pdftext.WorkerArg {
		os.Exit(pdftext.WorkerMain(os.Stdin, os.Stdout))
	}
	os.Exit(m.Run())
}

const testAudit = "Test Värmland 2015"

// testEnv is the real app over a fresh SQLite file: an audit imported from the demo case
// list, sampled (3 per committee, 2 reserves), half of it drawn for double review, and one
// user per role (plus an inspector without assignment and a self-auditor of another
// committee).
type testEnv struct {
	t      testing.TB
	dir    string
	opts   store.Options // the engine: a second store on the same database is another instance
	logTo  io.Writer
	clock  func() time.Time
	st     *store.Store
	svc    *review.Service
	auth   *review.Auth
	srv    *web.Server
	ts     *httptest.Server
	client *http.Client
	audit  review.Audit
	items  []review.SampleItem // selected, in sample order
	tokens map[string]string   // user → session token
	users  map[string]review.User
}

type envOptions struct {
	ingest     bool
	perStratum int
	logTo      io.Writer
	clock      func() time.Time // the logins' clock; nil: the real one
	template   *review.Template // the audit's criteria; nil: ivo-2015
	postgres   bool             // on a new PostgreSQL database whatever the engine under test
}

// The test users.
const (
	uAdmin      = "admin"
	uInspector  = "inspektor"
	uOutsider   = "utomstaende" // an inspector not assigned to the audit
	uSelf       = "forshaga"    // self-auditor of Forshaga
	uSelfOther  = "saffle"      // self-auditor of Säffle
	uResearcher = "forskare"
	ownCommitee = "Forshaga"
	testPass    = "lösenord-för-test"
)

func newEnv(t testing.TB, opt envOptions) *testEnv {
	t.Helper()
	if opt.perStratum == 0 {
		opt.perStratum = 3
	}
	if opt.logTo == nil {
		opt.logTo = io.Discard
	}
	dir := t.TempDir()
	opts := storetest.Options(t)
	if opt.postgres && opts.Database == "" {
		opts = store.Options{Database: storetest.NewDatabase(t)}
	}
	st, err := store.OpenWith(dir, opts, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	svc := review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey(), FileDir: filepath.Join(dir, "files")})
	auth := review.NewAuth(svc, review.AuthConfig{BcryptCost: bcrypt.MinCost, FreeFailuresPerAddr: 1000000, FreeFailuresPerAccount: 5, Clock: opt.clock})
	ctx := context.Background()
	e := &testEnv{t: t, dir: dir, opts: opts, st: st, svc: svc, auth: auth, tokens: map[string]string{}, users: map[string]review.User{}, logTo: opt.logTo, clock: opt.clock}
	tmpl := review.DefaultTemplate()
	if opt.template != nil {
		tmpl = *opt.template
	}
	if e.audit, err = svc.CreateAuditWithTemplate(ctx, testAudit, review.KindTillsyn, "test", tmpl); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.ImportCaseLists(ctx, testAudit, []string{"../testdata/demo/caselist.csv"}, review.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	sm, err := svc.DrawSample(ctx, testAudit, review.DrawRequest{By: "test", ToolVersion: "test",
		Params: sampling.Params{Seed: "test-2015", Reserves: 2, Allocation: sampling.Allocation{Mode: sampling.ModeFixed, PerStratum: opt.perStratum}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range sm.Items {
		if it.Status == review.StatusSelected {
			e.items = append(e.items, it)
		}
	}
	if _, err := svc.SetDoubleReview(ctx, testAudit, 0.5); err != nil {
		t.Fatal(err)
	}
	if opt.ingest {
		ex := pdftext.New(pdftext.Options{Command: []string{os.Args[0], pdftext.WorkerArg}, Timeout: 30 * time.Second})
		defer ex.Close()
		if _, err := svc.Ingest(ctx, testAudit, "../testdata/demo/casefiles", ex, review.ScreenOptions{ReviewDate: time.Date(2015, 10, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
			t.Fatal(err)
		}
	}
	for _, u := range []struct {
		name      string
		role      review.Role
		committee string
		assign    bool
	}{{uAdmin, review.RoleAdmin, "", false}, {uInspector, review.RoleInspector, "", true}, {uOutsider, review.RoleInspector, "", false},
		{uSelf, review.RoleSelfAuditor, ownCommitee, true}, {uSelfOther, review.RoleSelfAuditor, "Säffle", true}, {uResearcher, review.RoleResearcher, "", true}} {
		e.addUser(u.name, u.role, u.committee, u.assign)
	}
	renderer := pdftext.New(pdftext.Options{Command: []string{os.Args[0], pdftext.WorkerArg}, Timeout: 30 * time.Second, Workers: 1})
	t.Cleanup(func() { renderer.Close() })
	e.srv, err = web.New(web.Config{Service: svc, Auth: auth, Logger: slog.New(slog.NewTextHandler(opt.logTo, nil)), Version: "test", Renderer: renderer, Demo: true})
	if err != nil {
		t.Fatal(err)
	}
	e.ts = httptest.NewServer(e.srv.Handler())
	t.Cleanup(e.ts.Close)
	e.client = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }, Timeout: 60 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	return e
}

// secondInstance starts another app instance on the same database and data directory (its
// own store, service, login checks, caches and HTTP server), as a second server would run;
// the users and their sessions are the database's, so both serve them.
func (e *testEnv) secondInstance() *testEnv {
	e.t.Helper()
	st, err := store.OpenWith(e.dir, e.opts, false)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { st.Close() })
	e2 := *e
	e2.st = st
	e2.svc = review.NewService(st, review.Config{PseudonymKey: st.PseudonymKey(), FileDir: filepath.Join(e.dir, "files")})
	e2.auth = review.NewAuth(e2.svc, review.AuthConfig{BcryptCost: bcrypt.MinCost, FreeFailuresPerAddr: 1000000, FreeFailuresPerAccount: 5, Clock: e.clock})
	if e2.srv, err = web.New(web.Config{Service: e2.svc, Auth: e2.auth, Logger: slog.New(slog.NewTextHandler(e.logTo, nil)), Version: "test"}); err != nil {
		e.t.Fatal(err)
	}
	e2.ts = httptest.NewServer(e2.srv.Handler())
	e.t.Cleanup(e2.ts.Close)
	return &e2
}

// addUser creates a user (assigned to the audit when asked) and logs it in.
func (e *testEnv) addUser(name string, role review.Role, committee string, assign bool) {
	ctx := context.Background()
	if _, err := e.auth.AddUser(ctx, name, role, committee, testPass); err != nil {
		e.t.Fatal(err)
	}
	if assign {
		if err := e.auth.AssignAudit(ctx, name, testAudit); err != nil {
			e.t.Fatal(err)
		}
	}
	e.login(name)
}

func (e *testEnv) login(name string) {
	tok, u, err := e.auth.Login(context.Background(), name, testPass, "127.0.0.1")
	if err != nil {
		e.t.Fatal(err)
	}
	e.tokens[name], e.users[name] = tok, u
}

// item returns the first selected item of a committee (other: of another committee).
func (e *testEnv) item(committee string, other bool) review.SampleItem {
	for _, it := range e.items {
		if (it.Committee == committee) != other {
			return it
		}
	}
	e.t.Fatalf("no item for %s (other %v)", committee, other)
	return review.SampleItem{}
}

type req struct {
	method, path string
	user         string // "" = no session
	form         url.Values
	csrf         string // "" = the user's right token; "-" = none
	header       map[string]string
	rawBody      []byte // sent as is (with header's Content-Type) instead of form
}

type resp struct {
	status int
	header http.Header
	body   string
}

func (e *testEnv) do(r req) resp {
	e.t.Helper()
	var body io.Reader
	if r.form != nil || r.method == http.MethodPost {
		f := url.Values{}
		for k, v := range r.form {
			f[k] = v
		}
		switch {
		case r.csrf == "-":
		case r.csrf != "":
			f.Set("csrf", r.csrf)
		case r.user != "":
			f.Set("csrf", review.CSRFToken(e.tokens[r.user]))
		}
		body = strings.NewReader(f.Encode())
	}
	if r.rawBody != nil {
		body = bytes.NewReader(r.rawBody)
	}
	hr, err := http.NewRequest(r.method, e.ts.URL+r.path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if body != nil {
		hr.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	hr.Header.Set("Sec-Fetch-Site", "same-origin")
	for k, v := range r.header {
		hr.Header.Set(k, v)
	}
	if r.user != "" {
		hr.AddCookie(&http.Cookie{Name: "tillsyn_session", Value: e.tokens[r.user]})
	}
	res, err := e.client.Do(hr)
	if err != nil {
		e.t.Fatalf("%s %s: %v", r.method, r.path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return resp{status: res.StatusCode, header: res.Header, body: string(b)}
}

// fingerprint is the content of every table a request could change (not sessions, whose
// last-seen time moves on every request).
func (e *testEnv) fingerprint() string {
	e.t.Helper()
	_, rdb := e.st.DB()
	var lines []string
	for _, tbl := range []string{"audits", "samples", "sample_items", "scores", "score_events", "double_reviews", "users", "audit_members", "documents", "screenings"} {
		rows, err := rdb.Query("SELECT * FROM " + tbl)
		if err != nil {
			e.t.Fatalf("%s: %v", tbl, err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				e.t.Fatal(err)
			}
			lines = append(lines, fmt.Sprintf("%s%v", tbl, vals))
		}
		rows.Close()
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func (e *testEnv) count(query string, args ...any) int {
	e.t.Helper()
	_, rdb := e.st.DB()
	var n sql.NullInt64
	if err := rdb.QueryRow(e.st.Rebind(query), args...).Scan(&n); err != nil {
		e.t.Fatal(err)
	}
	return int(n.Int64)
}

var versionRe = regexp.MustCompile(`name="version_([a-z_]+)" value="(\d+)"`)

// formVersions reads the versions the review form was loaded with.
func formVersions(body string) map[string]string {
	out := map[string]string{}
	for _, m := range versionRe.FindAllStringSubmatch(body, -1) {
		out[m[1]] = m[2]
	}
	return out
}
