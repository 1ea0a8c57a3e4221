package web_test

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Finding 2 of the security review: /login?next=/<TAB>/host answered 303 to "/\t/host",
// which browsers follow to another host. next must be a path of this app.
func TestLoginRedirectStaysInTheApp(t *testing.T) {
	e := newEnv(t, envOptions{})
	for next, want := range map[string]string{
		"/\t/localhost:8282/healthz":    "/audits",
		"/\n/evil.example":              "/audits",
		"/\r/evil.example":              "/audits",
		"/\\evil.example":               "/audits",
		"/%09/evil.example":             "/audits", // decoded: a tab
		"/%5Cevil.example":              "/audits", // decoded: a backslash
		"/%2F/evil.example":             "/audits", // decoded: //
		"//evil.example/x":              "/audits",
		"https://evil.example/":         "/audits",
		"javascript:alert(1)":           "/audits",
		"/\u0085/evil.example":          "/audits", // a C1 control
		"/login":                        "/audits",
		"/audits/1?x=1":                 "/audits/1?x=1",
		"/items/3":                      "/items/3",
		"/audits/1/committees/Forshaga": "/audits/1/committees/Forshaga",
	} {
		r := e.do(req{method: "GET", path: "/login?next=" + url.QueryEscape(next), user: uInspector})
		if r.status != http.StatusSeeOther || r.header.Get("Location") != want {
			t.Errorf("next=%q: %d to %q, want %q", next, r.status, r.header.Get("Location"), want)
		}
	}
}

// Finding 5: a 20 MiB POST got the CSRF message (403); it gets 413, whether its length is
// declared or it is sent in chunks. /static/ lists no directory.
func TestOversizedBodiesAndNoListings(t *testing.T) {
	e := newEnv(t, envOptions{})
	big := strings.Repeat("x", 20<<20)
	r := e.do(req{method: "POST", path: "/items/1/scores", user: uInspector, form: url.Values{"comment": {big}}})
	if r.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("declared 20 MiB: %d", r.status)
	}
	// chunked: no Content-Length, the limit is met while reading. Over a raw connection, as
	// the server may answer and close before the client has sent everything
	conn, err := net.Dial("tcp", strings.TrimPrefix(e.ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	go func() {
		fmt.Fprintf(conn, "POST /items/1/scores HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nSec-Fetch-Site: same-origin\r\nCookie: tillsyn_session=%s\r\nTransfer-Encoding: chunked\r\n\r\n", e.tokens[uInspector])
		chunk := strings.Repeat("y", 1<<20)
		for i := 0; i < 20; i++ {
			if _, err := fmt.Fprintf(conn, "%x\r\n%s\r\n", len(chunk), chunk); err != nil {
				return // the server stopped reading: as it should
			}
		}
		fmt.Fprint(conn, "0\r\n\r\n")
	}()
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("chunked 20 MiB: %d", res.StatusCode)
	}
	for _, p := range []string{"/static/", "/static", "/static/.", "/static/nosuch.css"} {
		r := e.do(req{method: "GET", path: p})
		if r.status == http.StatusOK || strings.Contains(r.body, `<a href="app.css">`) || strings.Contains(r.body, "<pre>") {
			t.Errorf("%s: %d %.200s", p, r.status, r.body)
		}
	}
	if r := e.do(req{method: "GET", path: "/static/app.css"}); r.status != http.StatusOK {
		t.Fatalf("app.css: %d", r.status)
	}
	// pages name the stylesheet and script with a digest of their content, so a browser may
	// keep them for good and still never uses an old copy after an upgrade
	login := e.do(req{method: "GET", path: "/login"})
	m := regexp.MustCompile(`href="(/static/app\.css\?v=[0-9a-f]{12})"`).FindStringSubmatch(login.body)
	if m == nil || !strings.Contains(login.body, `src="/static/app.js?v=`) {
		t.Fatalf("asset URLs without a digest:\n%.600s", login.body)
	}
	if r := e.do(req{method: "GET", path: m[1]}); r.status != http.StatusOK || !strings.Contains(r.header.Get("Cache-Control"), "immutable") {
		t.Fatalf("%s: %d %q", m[1], r.status, r.header.Get("Cache-Control"))
	}
}

// Gallring in the web app: admins only, with a preview, a reason and the audit's name typed
// again; afterwards the audit says so and its cases show no diarienummer.
func TestGallringInTheWebApp(t *testing.T) {
	e := newEnv(t, envOptions{})
	path := "/admin/audits/" + strconv.FormatInt(e.audit.ID, 10) + "/gallra"
	for _, u := range []string{uInspector, uSelf, uResearcher} {
		if r := e.do(req{method: "GET", path: path, user: u}); r.status != http.StatusForbidden {
			t.Fatalf("%s: %d", u, r.status)
		}
		if r := e.do(req{method: "POST", path: path, user: u, form: url.Values{"reason": {"x"}, "confirm": {testAudit}}}); r.status != http.StatusForbidden {
			t.Fatalf("%s POST: %d", u, r.status)
		}
	}
	page := e.do(req{method: "GET", path: path, user: uAdmin})
	if page.status != http.StatusOK || !strings.Contains(page.body, "Tas bort") || !strings.Contains(page.body, "Behålls") {
		t.Fatalf("preview: %d", page.status)
	}
	if r := e.do(req{method: "POST", path: path, user: uAdmin, form: url.Values{"reason": {"Bevarandetiden har löpt ut"}, "confirm": {"fel namn"}}}); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "bekräfta") {
		t.Fatalf("wrong confirmation: %d", r.status)
	}
	if n := e.count(`SELECT count(*) FROM audits WHERE purged_at IS NOT NULL`); n != 0 {
		t.Fatal("purged without confirmation")
	}
	r := e.do(req{method: "POST", path: path, user: uAdmin, form: url.Values{"reason": {"Bevarandetiden har löpt ut"}, "confirm": {testAudit}}})
	if r.status != http.StatusOK || !strings.Contains(r.body, "Granskningen är gallrad") {
		t.Fatalf("gallring: %d %s", r.status, r.body)
	}
	if n := e.count(`SELECT count(*) FROM sample_items WHERE diarienummer NOT LIKE 'gallrad-%'`); n != 0 {
		t.Fatalf("%d sampled cases keep their diarienummer", n)
	}
	if n := e.count(`SELECT count(*) FROM trail WHERE action = 'audit.gallra' AND actor = ?`, uAdmin); n != 1 {
		t.Fatal("the gallring is not in the trail under the admin's name")
	}
	ov := e.do(req{method: "GET", path: "/audits/" + strconv.FormatInt(e.audit.ID, 10), user: uInspector})
	if !strings.Contains(ov.body, "Gallrad") {
		t.Fatal("the audit page does not say it is purged")
	}
}
