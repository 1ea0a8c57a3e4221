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

// TestAuthRules: rate limits per account and per address, idle and absolute timeouts, a
// disabled user's sessions end; with an injected clock.
func TestAuthRules(t *testing.T) {
	e := newEnv(t, envOptions{})
	var mu sync.Mutex
	now := time.Date(2015, 10, 1, 8, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	a := review.NewAuth(e.svc, review.AuthConfig{BcryptCost: bcrypt.MinCost, Clock: clock, IdleTimeout: 30 * time.Minute, AbsoluteTimeout: 8 * time.Hour,
		MaxFailuresPerAccount: 3, MaxFailuresPerAddr: 5, FailureWindow: 15 * time.Minute})
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, _, err := a.Login(ctx, uInspector, "fel", "10.0.0.1"); review.ErrorCodeOf(err) != review.EInvalid {
			t.Fatalf("failure %d: %v", i, err)
		}
	}
	if _, _, err := a.Login(ctx, uInspector, testPass, "10.0.0.2"); review.ErrorCodeOf(err) != review.ERateLimited {
		t.Fatalf("4th attempt on the account: %v, want rate limited", err)
	}
	// per address: other accounts from the same address
	for _, u := range []string{uAdmin, uSelf} {
		_, _, _ = a.Login(ctx, u, "fel", "10.0.0.1")
	}
	if _, _, err := a.Login(ctx, uResearcher, testPass, "10.0.0.1"); review.ErrorCodeOf(err) != review.ERateLimited {
		t.Fatalf("6th failure from one address: %v, want rate limited", err)
	}
	advance(16 * time.Minute)
	tok, _, err := a.Login(ctx, uInspector, testPass, "10.0.0.1")
	if err != nil {
		t.Fatalf("after the window: %v", err)
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
