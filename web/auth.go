package web

import (
	"crypto/rand"
	"encoding/base64"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

type loginPage struct {
	base
	LoginToken string
	Name       string
	Next       string
	Error      string
}

// safeNext accepts only a path of this app: it must parse as a URL with no scheme, host or
// user, begin with one '/', and hold no control character (a tab or newline, which browsers
// drop, would turn "/\t/host" into "//host") and no backslash (which browsers read as '/'),
// neither as written nor once percent-decoded. Anything else, and the login page itself,
// goes to /audits.
func safeNext(next string) string {
	const fallback = "/audits"
	bad := func(s string) bool {
		return strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f || r == '\\' })
	}
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || bad(next) {
		return fallback
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" {
		return fallback
	}
	if bad(u.Path) || strings.HasPrefix(u.Path, "//") || u.Path == "/login" || strings.HasPrefix(u.Path, "/login/") {
		return fallback
	}
	return next
}

func (s *Server) renderLogin(c *gin.Context, status int, name, next, msg string) {
	// one token per browser (not per page view): a second tab, or a favicon request sent to
	// the login page, must not invalidate the form already shown
	var tok string
	if ck, err := c.Request.Cookie(s.loginCookie()); err == nil && len(ck.Value) == 32 {
		tok = ck.Value
	} else {
		var b [24]byte
		_, _ = rand.Read(b[:])
		tok = base64.RawURLEncoding.EncodeToString(b[:])
	}
	s.setCookie(c, s.loginCookie(), tok, 3600)
	p := loginPage{base: s.base(c, "Logga in"), LoginToken: tok, Name: name, Next: safeNext(next), Error: msg}
	p.User = nil
	s.render(c, status, "login", &p)
}

func (s *Server) loginForm(c *gin.Context) error {
	if currentUser(c) != nil {
		c.Redirect(http.StatusSeeOther, safeNext(c.Query("next")))
		return nil
	}
	s.renderLogin(c, http.StatusOK, "", c.Query("next"), "")
	return nil
}

// login checks the password and starts a new session with a fresh token; any session the
// browser had is ended first (no session fixation).
func (s *Server) login(c *gin.Context) error {
	name := strings.TrimSpace(c.PostForm("name"))
	pw := c.PostForm("password")
	next := c.PostForm("next")
	if old := sessionToken(c); old != "" {
		// the browser's old session ends before a new one starts; if that fails, no new
		// session is made (a session could otherwise outlive its logout)
		if err := s.auth.Logout(c.Request.Context(), old); err != nil {
			return err
		}
	}
	token, u, err := s.auth.Login(c.Request.Context(), name, pw, c.ClientIP())
	if err != nil {
		code := review.ErrorCodeOf(err)
		if code != review.EInvalid && code != review.ERateLimited {
			return err
		}
		// the operator's log names the account and the address of every failed or held-back
		// attempt (the password never)
		if lf := review.LoginFailureOf(err); lf != nil {
			if lf.Throttled {
				wait := int(math.Ceil(lf.Wait.Seconds()))
				c.Header("Retry-After", strconv.Itoa(wait))
				s.log.Warn("login throttled", "account", lf.Account, "addr", c.ClientIP(), "retry_after_s", wait)
			} else {
				s.log.Warn("login failed", "account", lf.Account, "account_exists", lf.Known, "addr", c.ClientIP())
			}
		}
		s.renderLogin(c, httpStatus(err), name, next, userMessage(err))
		return nil
	}
	s.log.Info("login", "account", u.Name, "user_id", u.ID, "addr", c.ClientIP())
	s.clearCookie(c, s.loginCookie())
	s.setCookie(c, s.sessionCookie(), token, int(s.auth.Config().AbsoluteTimeout.Seconds()))
	c.Redirect(http.StatusSeeOther, safeNext(next))
	return nil
}

func (s *Server) logout(c *gin.Context) error {
	if err := s.auth.Logout(c.Request.Context(), sessionToken(c)); err != nil {
		return err
	}
	s.pageCache.forget(review.CSRFToken(sessionToken(c)))
	s.clearCookie(c, s.sessionCookie())
	c.Redirect(http.StatusSeeOther, "/login")
	return nil
}
