package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"tillsyn/review"
	"tillsyn/review/letter"
)

// roles the route walk tries, each a logged-in user of the test env.
var walkRoles = []string{uAdmin, uInspector, uOutsider, uSelf, uResearcher}

// access is who may use a route, given the variant of its parameters: own = the case or
// committee is Forshaga (uSelf's committee), else another committee.
type accessRule func(user string, own bool) bool

func anyone(string, bool) bool { return true }

func caseLevel(user string, own bool) bool {
	return user == uAdmin || user == uInspector || (user == uSelf && own)
}

func auditLevel(user string, _ bool) bool { return user != uOutsider }

func managers(user string, _ bool) bool { return user == uAdmin || user == uInspector }

func searchers(user string, _ bool) bool {
	return user == uAdmin || user == uInspector || user == uSelf
}

func adminsOnly(user string, _ bool) bool { return user == uAdmin }

// expectations has an entry for every route the app registers: a new route without one
// fails TestRouteWalk, so nobody can add a route without deciding who may use it.
var expectations = map[string]accessRule{
	"GET /healthz":                          nil, // public
	"GET /readyz":                           nil,
	"GET /login":                            nil,
	"POST /login":                           nil,
	"GET /static/*filepath":                 nil,
	"POST /logout":                          anyone,
	"GET /":                                 anyone,
	"GET /audits":                           anyone,
	"GET /audits/:id":                       auditLevel,
	"GET /audits/:id/committees/:committee": caseLevel,
	"GET /audits/:id/disagreements":         managers,
	"GET /audits/:id/report":                auditLevel,
	"GET /audits/:id/export":                func(u string, _ bool) bool { return u == uAdmin || u == uInspector || u == uResearcher },
	"GET /audits/:id/search":                searchers,
	"POST /audits/:id/search":               searchers,
	"GET /audits/:id/assign":                managers,
	"POST /audits/:id/assign":               managers,
	"GET /favicon.ico":                      nil,
	"GET /items/:id":                        caseLevel,
	"POST /items/:id/scores":                caseLevel,
	"POST /items/:id/draft":                 caseLevel,
	"GET /items/:id/next":                   caseLevel,
	"GET /items/:id/replace":                func(u string, own bool) bool { return managers(u, own) },
	"POST /items/:id/replace":               func(u string, own bool) bool { return managers(u, own) },
	"GET /items/:id/adjudicate":             func(u string, own bool) bool { return managers(u, own) },
	"POST /items/:id/adjudicate":            func(u string, own bool) bool { return managers(u, own) },
	"GET /documents/:id":                    caseLevel,
	"GET /documents/:id/pages/:n/image":     caseLevel,
	"GET /admin/users":                      adminsOnly,
	"POST /admin/users":                     adminsOnly,
	"POST /admin/users/:id/password":        adminsOnly,
	"POST /admin/users/:id/disable":         adminsOnly,
	"POST /admin/users/:id/enable":          adminsOnly,
	"POST /admin/users/:id/assign":          adminsOnly,
	"GET /report.css":                       nil, // public: the report stylesheet
	"GET /admin/audits/new":                 creators,
	"POST /admin/audits":                    creators,
	"GET /admin/audits/:id/gallra":          adminsOnly,
	"POST /admin/audits/:id/gallra":         adminsOnly,
	// decisions, requirements, follow-up monitor (a supervision: its inspectors decide)
	"GET /audits/:id/decisions":            searchers,
	"POST /audits/:id/decisions":           managers,
	"GET /audits/:id/followups":            auditLevel,
	"GET /decisions/:id":                   caseLevel,
	"POST /decisions/:id":                  managers,
	"GET /decisions/:id/print":             caseLevel,
	"POST /decisions/:id/sign":             managers,
	"POST /decisions/:id/redraft":          managers,
	"POST /requirements/:id":               managers,
	"GET /requirements/:id/reports/:event": caseLevel,
	// setting up, requesting and receiving files: the audit's managers (a self-auditor
	// only in a self-audit, and the test audit is a supervision); the upload pages are
	// public, the link's token being the access
	"GET /audits/:id/setup":               managers,
	"POST /audits/:id/caselists":          managers,
	"POST /audits/:id/sample":             managers,
	"GET /audits/:id/protocol":            managers,
	"GET /audits/:id/requests":            managers,
	"POST /audits/:id/letters":            managers,
	"GET /audits/:id/letters/:letter":     managers,
	"GET /audits/:id/letters/:letter/pdf": managers,
	"POST /audits/:id/links/revoke":       managers,
	"GET /upload/:token":                  nil,
	"POST /upload/:token":                 nil,
}

// creators may create audits: everyone but researchers (a self-auditor a self-audit).
func creators(user string, _ bool) bool { return user != uResearcher }

// walkEnv is one env with case files, shared by the route-walk tests.
type walkTargets struct {
	e                *testEnv
	ownItem, othItem review.SampleItem
	ownDoc, othDoc   int64
	victim           int64
	// a signed decision with a received report, of Forshaga (own) and of another committee
	ownDecision, othDecision       int64
	ownRequirement, othRequirement int64
	ownReport, othReport           int64
	letter                         int64  // a request letter of the audit
	token                          string // its upload link's token
}

func newWalk(t *testing.T) *walkTargets {
	e := newEnv(t, envOptions{ingest: true})
	w := &walkTargets{e: e, ownItem: e.item(ownCommitee, false), othItem: e.item(ownCommitee, true)}
	ctx := context.Background()
	for _, x := range []struct {
		it  review.SampleItem
		doc *int64
	}{{w.ownItem, &w.ownDoc}, {w.othItem, &w.othDoc}} {
		docs, err := e.svc.CaseDocuments(ctx, x.it.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) == 0 {
			t.Fatalf("no documents ingested for %s %s", x.it.Committee, x.it.Diarienummer)
		}
		*x.doc = docs[0].ID
	}
	e.addUser("offer", review.RoleInspector, "", false)
	w.victim = e.users["offer"].ID
	for _, x := range []struct {
		committee       string
		dec, req, event *int64
	}{{ownCommitee, &w.ownDecision, &w.ownRequirement, &w.ownReport}, {w.othItem.Committee, &w.othDecision, &w.othRequirement, &w.othReport}} {
		scoreCommittee(t, e, x.committee, true)
		d := draftDecision(t, e, x.committee, time.Now().AddDate(0, 1, 0))
		d, err := e.svc.SignDecision(ctx, e.auth, e.users[uInspector], d.ID, d.Version, testPass, "")
		if err != nil {
			t.Fatal(err)
		}
		_, rs, err := e.svc.Requirements(ctx, testAudit)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.DecisionID == d.ID {
				r, err = e.svc.ChangeRequirement(ctx, e.users[uInspector], r.ID, review.RequirementChange{Version: r.Version, To: review.ReqReportReceived,
					ReceivedOn: time.Now(), FileName: "redovisning.pdf", FileData: []byte("%PDF-1.4")})
				if err != nil {
					t.Fatal(err)
				}
				*x.req, *x.event = r.ID, r.ReportEventID
			}
		}
		*x.dec = d.ID
	}
	issued, err := e.svc.CreateLetters(ctx, review.LetterRequestParams{Audit: testAudit, Committees: []string{ownCommitee}, Deadline: "2099-01-01",
		By: "test", BaseURL: "http://127.0.0.1"}, letter.Render)
	if err != nil {
		t.Fatal(err)
	}
	w.letter, w.token = issued[0].ID, issued[0].Token
	return w
}

// expand fills a route's parameters for the own or the other variant.
func (w *walkTargets) expand(path string, own bool) string {
	item, doc, committee := w.othItem, w.othDoc, w.othItem.Committee
	if own {
		item, doc, committee = w.ownItem, w.ownDoc, ownCommitee
	}
	id := func(n int64) string { return strconv.FormatInt(n, 10) }
	switch {
	case strings.HasPrefix(path, "/audits/:id"), strings.HasPrefix(path, "/admin/audits/:id"):
		path = strings.Replace(path, ":id", id(w.e.audit.ID), 1)
	case strings.HasPrefix(path, "/items/:id"):
		path = strings.Replace(path, ":id", id(item.ID), 1)
	case strings.HasPrefix(path, "/documents/:id"):
		path = strings.Replace(path, ":id", id(doc), 1)
	case strings.HasPrefix(path, "/admin/users/:id"):
		path = strings.Replace(path, ":id", id(w.victim), 1)
	case strings.HasPrefix(path, "/decisions/:id"):
		path = strings.Replace(path, ":id", id(map[bool]int64{true: w.ownDecision, false: w.othDecision}[own]), 1)
	case strings.HasPrefix(path, "/requirements/:id"):
		path = strings.Replace(path, ":id", id(map[bool]int64{true: w.ownRequirement, false: w.othRequirement}[own]), 1)
		path = strings.Replace(path, ":event", id(map[bool]int64{true: w.ownReport, false: w.othReport}[own]), 1)
	}
	path = strings.Replace(path, ":committee", url.PathEscape(committee), 1)
	path = strings.Replace(path, ":letter", id(w.letter), 1)
	path = strings.Replace(path, ":token", w.token, 1)
	path = strings.Replace(path, ":n", "1", 1)
	return strings.Replace(path, "*filepath", "app.css", 1)
}

func TestRouteWalkEveryRouteHasAnExpectation(t *testing.T) {
	e := newEnv(t, envOptions{})
	seen := map[string]bool{}
	for _, r := range e.srv.Router().Routes() {
		k := r.Method + " " + r.Path
		seen[k] = true
		rule, ok := expectations[k]
		if !ok {
			t.Errorf("route %s has no access expectation in routes_test.go: decide who may use it", k)
			continue
		}
		if (rule == nil) != e.srv.Public(r.Method, r.Path) {
			t.Errorf("route %s: public in the test %v, in the app %v", k, rule == nil, e.srv.Public(r.Method, r.Path))
		}
	}
	for k := range expectations {
		if !seen[k] {
			t.Errorf("expectation for %s, which is not registered", k)
		}
	}
}

// TestRouteWalkUnauthenticated: without a session every non-public route redirects a GET
// to the login page and answers anything else with 401, changing nothing.
func TestRouteWalkUnauthenticated(t *testing.T) {
	w := newWalk(t)
	e := w.e
	before := e.fingerprint()
	for _, r := range e.srv.Router().Routes() {
		path := w.expand(r.Path, true)
		res := e.do(req{method: r.Method, path: path, form: url.Values{"reason": {"x"}, "name": {"x"}}, csrf: "-"})
		public := e.srv.Public(r.Method, r.Path)
		switch {
		case public && r.Method == "POST":
			if res.status != http.StatusForbidden { // the login form without its token
				t.Errorf("POST %s without token: %d", path, res.status)
			}
		case public:
			if res.status != http.StatusOK {
				t.Errorf("GET %s: %d, want 200", path, res.status)
			}
		case r.Method == "GET":
			if loc := res.header.Get("Location"); res.status != http.StatusSeeOther || !strings.HasPrefix(loc, "/login?next=") {
				t.Errorf("GET %s without session: %d %q, want 303 to /login", path, res.status, loc)
			}
		default:
			if res.status != http.StatusUnauthorized {
				t.Errorf("%s %s without session: %d, want 401", r.Method, path, res.status)
			}
		}
	}
	for _, p := range []string{"/nonexistent", "/items/abc", "/audits/1%27%20OR%201=1"} {
		if res := e.do(req{method: "GET", path: p}); res.status != http.StatusSeeOther {
			t.Errorf("GET %s without session: %d", p, res.status)
		}
	}
	// a forged or expired cookie is no session
	res := e.do(req{method: "GET", path: "/audits", header: map[string]string{"Cookie": "tillsyn_session=forged"}})
	if res.status != http.StatusSeeOther {
		t.Errorf("forged cookie: %d", res.status)
	}
	if after := e.fingerprint(); after != before {
		t.Error("unauthenticated requests changed the database")
	}
}

// TestRouteWalkRoles: each role against each route, for a case of the self-auditor's own
// committee and of another: allowed routes answer (never 401/403/5xx), the others 403.
func TestRouteWalkRoles(t *testing.T) {
	w := newWalk(t)
	e := w.e
	for _, r := range e.srv.Router().Routes() {
		k := r.Method + " " + r.Path
		rule := expectations[k]
		if rule == nil || k == "POST /logout" {
			continue
		}
		for _, own := range []bool{true, false} {
			path := w.expand(r.Path, own)
			for _, u := range walkRoles {
				res := e.do(req{method: r.Method, path: path, user: u})
				want := rule(u, own)
				switch {
				case res.status >= 500:
					t.Errorf("%s %s as %s: %d\n%s", r.Method, path, u, res.status, res.body)
				case want && (res.status == http.StatusForbidden || res.status == http.StatusUnauthorized || res.status == http.StatusNotFound):
					t.Errorf("%s %s as %s: %d, want access", r.Method, path, u, res.status)
				case !want && res.status != http.StatusForbidden:
					t.Errorf("%s %s as %s: %d, want 403", r.Method, path, u, res.status)
				}
				if u == uResearcher && strings.Contains(res.body, w.ownItem.Diarienummer) {
					t.Errorf("%s %s shows a researcher a diarienummer", r.Method, path)
				}
			}
		}
	}
	// the self-auditor of another committee sees none of Forshaga's cases
	for _, p := range []string{"/items/" + strconv.FormatInt(w.ownItem.ID, 10), "/documents/" + strconv.FormatInt(w.ownDoc, 10)} {
		if res := e.do(req{method: "GET", path: p, user: uSelfOther}); res.status != http.StatusForbidden {
			t.Errorf("GET %s as the self-auditor of Säffle: %d", p, res.status)
		}
	}
	// search hits stay within what the user may see
	res := e.do(req{method: "POST", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/search", user: uSelf, form: url.Values{"q": {"uppföljning"}}})
	if res.status != http.StatusOK {
		t.Fatalf("search as self-auditor: %d", res.status)
	}
	for _, it := range e.items {
		if it.Committee != ownCommitee && strings.Contains(res.body, ">"+it.Diarienummer+" ·") {
			t.Errorf("the self-auditor of Forshaga found %s of %s", it.Diarienummer, it.Committee)
		}
	}
	// logout ends the session
	if res := e.do(req{method: "POST", path: "/logout", user: uInspector}); res.status != http.StatusSeeOther {
		t.Fatalf("logout: %d", res.status)
	}
	if res := e.do(req{method: "GET", path: "/audits", user: uInspector}); res.status != http.StatusSeeOther {
		t.Fatalf("after logout: %d, want a redirect to the login", res.status)
	}
}

// TestCSRFForged: every state-changing route refuses a request without the session's token,
// with a wrong one, or from a foreign origin, with 403 and an unchanged database.
func TestCSRFForged(t *testing.T) {
	w := newWalk(t)
	e := w.e
	before := e.fingerprint()
	forms := url.Values{"reason": {"forged"}, "name": {"mallory"}, "role": {"admin"}, "password": {"mallorys-password"},
		"audit": {strconv.FormatInt(e.audit.ID, 10)}, "q": {"x"}, "action": {"submit"}, "verdict_needs_assessment": {"no"}, "comment_needs_assessment": {"forged"}}
	n := 0
	for _, r := range e.srv.Router().Routes() {
		if r.Method == "GET" {
			continue
		}
		path := w.expand(r.Path, true)
		for _, c := range []struct {
			name   string
			csrf   string
			header map[string]string
		}{
			{"no token", "-", nil},
			{"wrong token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", nil},
			{"another session's token", review.CSRFToken(e.tokens[uInspector]), nil},
			{"foreign origin", "", map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": ""}},
			{"cross-site fetch", "", map[string]string{"Sec-Fetch-Site": "cross-site"}},
		} {
			res := e.do(req{method: r.Method, path: path, user: uAdmin, form: forms, csrf: c.csrf, header: c.header})
			n++
			if res.status != http.StatusForbidden {
				t.Errorf("%s %s with %s: %d, want 403", r.Method, path, c.name, res.status)
			}
		}
	}
	if after := e.fingerprint(); after != before {
		t.Errorf("forged requests changed the database")
	}
	if n < 5*10 {
		t.Fatalf("only %d forged requests tried", n)
	}
	// the same request with the right token goes through
	res := e.do(req{method: "POST", path: "/admin/users", user: uAdmin, form: url.Values{"name": {"ny"}, "role": {"researcher"}, "password": {"ett-bra-losenord"}}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("genuine request: %d\n%s", res.status, res.body)
	}
}
