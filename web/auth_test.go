package web_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"tillsyn/review"
)

// TestLoginForm: the login form with its double-submit token, a fresh session token per
// login (the old one ends), a generic error for wrong passwords, and a safe redirect.
func TestLoginForm(t *testing.T) {
	e := newEnv(t, envOptions{})
	page := e.do(req{method: "GET", path: "/login?next=/audits/1"})
	tok := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(page.body)
	ck := page.header.Get("Set-Cookie")
	if tok == nil || !strings.Contains(ck, tok[1]) {
		t.Fatalf("login form: token %v, cookie %q", tok, ck)
	}
	post := func(name, pw, next string, old string) resp {
		h := map[string]string{"Cookie": "tillsyn_login=" + tok[1]}
		if old != "" {
			h["Cookie"] += "; tillsyn_session=" + old
		}
		return e.do(req{method: "POST", path: "/login", form: url.Values{"name": {name}, "password": {pw}, "next": {next}}, csrf: tok[1], header: h})
	}
	bad := post(uInspector, "fel", "/audits", "")
	if bad.status != http.StatusUnprocessableEntity || !strings.Contains(bad.body, "Fel användarnamn eller lösenord") {
		t.Fatalf("wrong password: %d", bad.status)
	}
	if unknown := post("ingen", "fel", "/audits", ""); unknown.status != bad.status || !strings.Contains(unknown.body, "Fel användarnamn eller lösenord") {
		t.Fatalf("unknown user answers differently: %d", unknown.status)
	}
	old := e.tokens[uInspector]
	ok := post(uInspector, testPass, "//evil.example/x", old)
	if ok.status != http.StatusSeeOther || ok.header.Get("Location") != "/audits" {
		t.Fatalf("login: %d to %q", ok.status, ok.header.Get("Location"))
	}
	m := regexp.MustCompile(`tillsyn_session=([^;]+)`).FindStringSubmatch(strings.Join(ok.header.Values("Set-Cookie"), "\n"))
	if m == nil || m[1] == old {
		t.Fatalf("no fresh session token: %v", ok.header.Values("Set-Cookie"))
	}
	if _, _, err := e.auth.Session(context.Background(), old); review.ErrorCodeOf(err) != review.ENotFound {
		t.Fatalf("the session the browser had before login still works: %v", err)
	}
	if n := e.count(`SELECT count(*) FROM sessions WHERE token_hash = ?`, m[1]); n != 0 {
		t.Fatal("a session token is stored in clear")
	}
	if n := e.count(`SELECT count(*) FROM sessions WHERE token_hash = ?`, review.HashToken(m[1])); n != 1 {
		t.Fatal("the session's hash is not stored")
	}
}

// TestAuthRules: login throttling per account and per address (back-off, kept across a
// restart, the rightful user let in after the wait), idle and absolute timeouts, a disabled
// user's sessions end; with an injected clock.
func TestAuthRules(t *testing.T) {
	e := newEnv(t, envOptions{})
	var mu sync.Mutex
	now := time.Date(2015, 10, 1, 8, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	cfg := review.AuthConfig{BcryptCost: bcrypt.MinCost, Clock: clock, IdleTimeout: 30 * time.Minute, AbsoluteTimeout: 8 * time.Hour,
		FreeFailuresPerAccount: 3, FreeFailuresPerAddr: 5, BaseDelay: time.Second, MaxDelayPerAccount: 8 * time.Second, MaxDelayPerAddr: time.Minute, FailureWindow: 15 * time.Minute}
	a := review.NewAuth(e.svc, cfg)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, _, err := a.Login(ctx, uInspector, "fel", "10.0.0.1"); review.ErrorCodeOf(err) != review.EInvalid {
			t.Fatalf("free failure %d: %v", i, err)
		}
	}
	// the 4th failure makes the next attempt wait 1 s, the 5th 2 s, the 6th 4 s
	waits := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 8 * time.Second}
	for i, w := range waits {
		if _, _, err := a.Login(ctx, uInspector, "fel", "10.0.0.1"); review.ErrorCodeOf(err) != review.EInvalid {
			t.Fatalf("failure %d after the free ones: %v", i+4, err)
		}
		// held back (whatever the password, from any address), for exactly w
		_, _, err := a.Login(ctx, uInspector, testPass, "10.0.0.9")
		lf := review.LoginFailureOf(err)
		if review.ErrorCodeOf(err) != review.ERateLimited || lf == nil || !lf.Throttled || lf.Wait != w {
			t.Fatalf("after failure %d: %v %+v, want a wait of %v", i+4, err, lf, w)
		}
		advance(w)
	}
	// a restart (a new Auth over the same database) keeps the count
	if _, _, err := review.NewAuth(e.svc, cfg).Login(ctx, uInspector, "fel", "10.0.0.2"); review.ErrorCodeOf(err) != review.EInvalid {
		t.Fatal(err)
	}
	if _, _, err := review.NewAuth(e.svc, cfg).Login(ctx, uInspector, testPass, "10.0.0.2"); review.ErrorCodeOf(err) != review.ERateLimited {
		t.Fatalf("the count vanished on restart: %v", err)
	}
	advance(8 * time.Second)
	// after the wait the rightful user gets in, and the account's count starts again
	if _, _, err := a.Login(ctx, uInspector, testPass, "10.0.0.2"); err != nil {
		t.Fatalf("the right password after the wait: %v", err)
	}
	if _, _, err := a.Login(ctx, uInspector, "fel", "10.0.0.3"); review.ErrorCodeOf(err) != review.EInvalid {
		t.Fatalf("count not reset by the login: %v", err)
	}
	// per address: failures on other accounts from one address hold back that address only
	advance(16 * time.Minute)
	for i, u := range []string{uAdmin, uSelf, uOutsider, uSelfOther, uResearcher, "ingen"} {
		if _, _, err := a.Login(ctx, u, "fel", "10.0.0.5"); review.ErrorCodeOf(err) != review.EInvalid {
			t.Fatalf("address failure %d: %v", i, err)
		}
	}
	if _, _, err := a.Login(ctx, uInspector, testPass, "10.0.0.5"); review.ErrorCodeOf(err) != review.ERateLimited {
		t.Fatalf("6th failure from one address: %v, want a wait", err)
	}
	if _, _, err := a.Login(ctx, uInspector, testPass, "10.0.0.6"); err != nil {
		t.Fatalf("another address: %v", err)
	}
	advance(time.Second)
	tok, _, err := a.Login(ctx, uInspector, testPass, "10.0.0.5")
	if err != nil {
		t.Fatalf("after the address's wait: %v", err)
	}
	// idle timeout: activity keeps the session alive, 30 minutes of silence ends it
	for i := 0; i < 4; i++ {
		advance(20 * time.Minute)
		if _, _, err := a.Session(ctx, tok); err != nil {
			t.Fatalf("active session ended after %d×20 min: %v", i+1, err)
		}
	}
	advance(31 * time.Minute)
	if _, _, err := a.Session(ctx, tok); review.ErrorCodeOf(err) != review.ENotFound {
		t.Fatalf("idle session: %v", err)
	}
	// absolute timeout
	tok, _, _ = a.Login(ctx, uInspector, testPass, "10.0.0.1")
	for i := 0; i < 20; i++ {
		advance(25 * time.Minute)
		_, _, err = a.Session(ctx, tok)
	}
	if review.ErrorCodeOf(err) != review.ENotFound {
		t.Fatalf("session older than 8 h: %v", err)
	}
	// disabling ends sessions and logins
	tok, _, _ = a.Login(ctx, uSelf, testPass, "10.0.0.3")
	if err := a.DisableUser(ctx, uSelf); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.Session(ctx, tok); review.ErrorCodeOf(err) != review.ENotFound {
		t.Fatalf("disabled user's session: %v", err)
	}
	if _, _, err := a.Login(ctx, uSelf, testPass, "10.0.0.3"); review.ErrorCodeOf(err) != review.EInvalid {
		t.Fatalf("disabled user's login: %v", err)
	}
	// validation
	if _, err := a.AddUser(ctx, "kort", review.RoleInspector, "", "kort"); review.ErrorCodeOf(err) != review.EInvalid {
		t.Fatalf("short password: %v", err)
	}
	if _, err := a.AddUser(ctx, "ingen-namnd", review.RoleSelfAuditor, "", testPass); review.ErrorCodeOf(err) != review.EInvalid {
		t.Fatalf("self-auditor without committee: %v", err)
	}
	if _, err := a.AddUser(ctx, strings.ToUpper(uAdmin), review.RoleAdmin, "", testPass); review.ErrorCodeOf(err) != review.EConflict {
		t.Fatalf("duplicate name: %v", err)
	}
}

// Failed and held-back logins are logged with the account and the address (finding 4 of the
// security review: the log did not name the account), a held-back one answers 429 with
// Retry-After, and the right password after the wait logs in.
func TestLoginThrottleInTheWebApp(t *testing.T) {
	var log strings.Builder
	var mu sync.Mutex
	now := time.Now()
	e := newEnv(t, envOptions{logTo: lockedWriter{&mu, &log}, clock: func() time.Time { mu.Lock(); defer mu.Unlock(); return now }})
	page := e.do(req{method: "GET", path: "/login"})
	tok := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(page.body)[1]
	post := func(pw string) resp {
		return e.do(req{method: "POST", path: "/login", form: url.Values{"name": {uSelf}, "password": {pw}}, csrf: tok, header: map[string]string{"Cookie": "tillsyn_login=" + tok}})
	}
	for i := 0; i < 5; i++ { // the env allows 5 free failures per account
		if r := post("fel"); r.status != http.StatusUnprocessableEntity {
			t.Fatalf("failure %d: %d", i, r.status)
		}
	}
	if r := post("fel"); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("6th failure: %d", r.status)
	}
	r := post(testPass)
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "1" || !strings.Contains(r.body, "Vänta 1 sekunder") {
		t.Fatalf("held back: %d %q", r.status, r.header.Get("Retry-After"))
	}
	mu.Lock()
	logged := log.String()
	mu.Unlock()
	if !strings.Contains(logged, `msg="login failed" account=`+uSelf) || !strings.Contains(logged, "addr=127.0.0.1") || !strings.Contains(logged, `msg="login throttled" account=`+uSelf) {
		t.Fatalf("log: %s", logged)
	}
	if strings.Contains(logged, testPass) || strings.Contains(logged, "password=") {
		t.Fatal("a password in the log")
	}
	mu.Lock()
	now = now.Add(time.Second)
	mu.Unlock()
	if r := post(testPass); r.status != http.StatusSeeOther {
		t.Fatalf("after the wait: %d", r.status)
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *strings.Builder
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
