package web_test

import (
	"io"
	"net/http"
	"net/url"
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
	// chunked: no Content-Length, the limit is met while reading
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte("csrf=x&comment="))
		for i := 0; i < 20; i++ {
			pw.Write([]byte(strings.Repeat("y", 1<<20)))
		}
		pw.Close()
	}()
	hr, _ := http.NewRequest("POST", e.ts.URL+"/items/1/scores", pr)
	hr.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	hr.Header.Set("Sec-Fetch-Site", "same-origin")
	hr.AddCookie(&http.Cookie{Name: "tillsyn_session", Value: e.tokens[uInspector]})
	res, err := e.client.Do(hr)
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
}
