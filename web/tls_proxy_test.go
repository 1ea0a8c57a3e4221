package web_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"tillsyn/web"
)

// behindProxy is the app as the package runs it (plain HTTP on the loopback, --secure-cookies,
// --trusted-proxies 127.0.0.1, and --public-origin when given) behind a TLS-terminating
// reverse proxy written with httputil, as nginx or Caddy would stand in front of it. With
// keepHost the proxy passes the browser's Host on (nginx: proxy_set_header Host $host;
// Caddy does by default); without, the app sees its own address as Host.
type behindProxy struct {
	proxy  *httptest.Server
	client *http.Client
}

func newBehindProxy(t *testing.T, e *testEnv, publicOrigin, keepHost bool) *behindProxy {
	t.Helper()
	var target *url.URL
	p := &behindProxy{}
	p.proxy = httptest.NewTLSServer(&httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(target)
		r.SetXForwarded()
		if keepHost {
			r.Out.Host = r.In.Host
		}
	}})
	t.Cleanup(p.proxy.Close)
	cfg := web.Config{Service: e.svc, Auth: e.auth, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Version: "test",
		SecureCookies: true, TrustedProxies: []string{"127.0.0.1"}}
	if publicOrigin {
		cfg.PublicOrigins = []string{p.proxy.URL}
	}
	srv, err := web.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	app := httptest.NewServer(srv.Handler())
	t.Cleanup(app.Close)
	target, _ = url.Parse(app.URL)
	jar, _ := cookiejar.New(nil)
	p.client = p.proxy.Client() // trusts the proxy's certificate
	p.client.Jar = jar
	p.client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return p
}

// post sends a form as a browser would: with an Origin header, and with Sec-Fetch-Site when
// given ("" = an older browser that sends none).
func (p *behindProxy) post(t *testing.T, path string, form url.Values, origin, fetchSite string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest("POST", p.proxy.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", origin)
	if fetchSite != "" {
		req.Header.Set("Sec-Fetch-Site", fetchSite)
	}
	res, err := p.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res
}

func (p *behindProxy) loginPage(t *testing.T) (*http.Response, string) {
	t.Helper()
	res, err := p.client.Get(p.proxy.URL + "/login")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(string(b))
	if m == nil {
		t.Fatalf("GET /login through the proxy: %d, no token", res.StatusCode)
	}
	return res, m[1]
}

// TestBehindTLSProxy: through the proxy, cookies are Secure, HttpOnly, __Host- and SameSite,
// every answer carries HSTS, a same-origin login works (with or without the browser's
// fetch metadata) and a cross-origin post is refused; without --public-origin a proxy that
// rewrites Host makes an older browser's login fail, and one that keeps Host needs none.
func TestBehindTLSProxy(t *testing.T) {
	e := newEnv(t, envOptions{})
	p := newBehindProxy(t, e, true, false)

	res, tok := p.loginPage(t)
	if got := res.Header.Get("Strict-Transport-Security"); got != "max-age=31536000" {
		t.Errorf("HSTS: %q", got)
	}
	checkCookie := func(res *http.Response, name string) {
		t.Helper()
		for _, c := range res.Cookies() {
			if c.Name == name {
				if !c.Secure || !c.HttpOnly || c.Path != "/" || c.Domain != "" || c.SameSite != http.SameSiteLaxMode {
					t.Errorf("cookie %s: Secure %v HttpOnly %v Path %q Domain %q SameSite %v", name, c.Secure, c.HttpOnly, c.Path, c.Domain, c.SameSite)
				}
				return
			}
		}
		t.Errorf("no cookie %s in %v", name, res.Header["Set-Cookie"])
	}
	checkCookie(res, "__Host-tillsyn_login")

	login := url.Values{"name": {uInspector}, "password": {testPass}, "csrf": {tok}, "next": {"/audits"}}
	// a post from another site is refused before the password is looked at, whatever it says
	for _, site := range []string{"", "cross-site"} {
		if res := p.post(t, "/login", login, "https://angripare.example", site); res.StatusCode != http.StatusForbidden {
			t.Errorf("cross-origin login (Sec-Fetch-Site %q): %d, want 403", site, res.StatusCode)
		}
	}
	// an older browser sends only Origin: the public origin is accepted though Host differs
	res = p.post(t, "/login", login, p.proxy.URL, "")
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/audits" {
		t.Fatalf("login through the proxy: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	checkCookie(res, "__Host-tillsyn_session")
	if got := res.Header.Get("Strict-Transport-Security"); got != "max-age=31536000" {
		t.Errorf("HSTS on the login's answer: %q", got)
	}
	// the session works through the proxy
	res, err := p.client.Get(p.proxy.URL + "/audits")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("GET /audits with the session: %d", res.StatusCode)
	}

	// without --public-origin, a Host-rewriting proxy: the same login from an older browser
	// is refused (the Origin does not match the Host the app sees) ...
	p = newBehindProxy(t, e, false, false)
	_, tok = p.loginPage(t)
	login.Set("csrf", tok)
	if res := p.post(t, "/login", login, p.proxy.URL, ""); res.StatusCode != http.StatusForbidden {
		t.Errorf("login with Host rewritten and no public origin: %d, want 403", res.StatusCode)
	}
	// ... and a browser that sends fetch metadata passes on it
	if res := p.post(t, "/login", login, p.proxy.URL, "same-origin"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("same-origin login with fetch metadata: %d, want 303", res.StatusCode)
	}
	// a proxy that passes Host on needs no public origin
	p = newBehindProxy(t, e, false, true)
	_, tok = p.loginPage(t)
	login.Set("csrf", tok)
	if res := p.post(t, "/login", login, p.proxy.URL, ""); res.StatusCode != http.StatusSeeOther {
		t.Errorf("login through a Host-keeping proxy: %d, want 303", res.StatusCode)
	}
}
