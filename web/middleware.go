package web

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

// Context keys.
const (
	ctxUser   = "tillsyn.user"
	ctxToken  = "tillsyn.token"
	ctxAccess = "tillsyn.access"
)

// csrfField is the hidden form field (and csrfHeader the header, for scripts) carrying the
// per-session token.
const (
	csrfField  = "csrf"
	csrfHeader = "X-CSRF-Token"
)

func (s *Server) sessionCookie() string {
	if s.cfg.SecureCookies {
		return "__Host-tillsyn_session"
	}
	return "tillsyn_session"
}

func (s *Server) loginCookie() string {
	if s.cfg.SecureCookies {
		return "__Host-tillsyn_login"
	}
	return "tillsyn_login"
}

func currentUser(c *gin.Context) *review.User {
	if v, ok := c.Get(ctxUser); ok {
		return v.(*review.User)
	}
	return nil
}

func sessionToken(c *gin.Context) string { return c.GetString(ctxToken) }

// recovery turns a panic into "Internt fel"; the stack goes to the log, never the page, and
// the request (with its cookies) is not dumped.
func (s *Server) recovery(c *gin.Context) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "route", c.FullPath(), "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if !c.Writer.Written() {
				s.renderError(c, &review.Error{Code: review.EInternal, Message: "panic"})
			}
			c.Abort()
		}
	}()
	c.Next()
}

// logRequests logs one line per request: method, path without query string, route, status,
// size, duration, user id. No query strings, cookies, forms or headers.
func (s *Server) logRequests(c *gin.Context) {
	start := time.Now()
	c.Next()
	path := redactPath(c.Request.URL.Path)
	attrs := []any{"method", c.Request.Method, "path", path, "route", c.FullPath(),
		"status", c.Writer.Status(), "bytes", c.Writer.Size(), "dur_ms", float64(time.Since(start).Microseconds()) / 1000, "addr", c.ClientIP()}
	if u := currentUser(c); u != nil {
		attrs = append(attrs, "user_id", u.ID)
	}
	for _, e := range c.Errors {
		attrs = append(attrs, errAttrs(e.Err)...)
	}
	switch st := c.Writer.Status(); {
	case passedProbe(c.FullPath(), st):
		s.log.Debug("http", attrs...)
	case st >= 500:
		s.log.Error("http", attrs...)
	case st >= 400:
		s.log.Warn("http", attrs...)
	default:
		s.log.Info("http", attrs...)
	}
}

// redactPath is a request's path as logged: an upload link's token is a secret, so every
// segment that could be one (a long run of base64url characters), however the path around
// it is spelt (//upload/, /Upload/, /static/../upload/, a trailing slash), becomes "…".
func redactPath(p string) string {
	parts := strings.Split(p, "/")
	for i, seg := range parts {
		if looksLikeToken(seg) {
			parts[i] = "…"
		}
	}
	return strings.Join(parts, "/")
}

// looksLikeToken: 20 or more characters, all of them base64url (tokens are 43).
func looksLikeToken(seg string) bool {
	if len(seg) < 20 {
		return false
	}
	for _, r := range seg {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// contentSecurityPolicy allows only our own scripts and styles, no inline code, no framing.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

func (s *Server) securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Frame-Options", "DENY")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
	h.Set("Cache-Control", "no-store")
	if s.cfg.SecureCookies {
		h.Set("Strict-Transport-Security", "max-age=31536000")
	}
	c.Next()
}

// limitBody caps request bodies at MaxBodyBytes: a body that says it is larger is refused at
// once with 413, and one that turns out larger while it is read fails the read (see
// checkCSRF and tooLarge, which answer 413 too).
func (s *Server) limitBody(c *gin.Context) {
	limit := s.bodyLimit(c.Request)
	if c.Request.ContentLength > limit {
		s.tooLarge(c)
		return
	}
	if c.Request.Body != nil {
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, limit)
	}
	c.Next()
}

// streamsFiles: the posts whose handlers read their multipart bodies part by part and
// check the form's token themselves (caseListImport, uploadFiles).
func streamsFiles(r *http.Request) bool {
	p := r.URL.Path
	return r.Method == http.MethodPost && (strings.HasPrefix(p, uploadPathPrefix) || strings.HasPrefix(p, "/audits/") && strings.HasSuffix(p, "/caselists"))
}

// bodyLimit is MaxBodyBytes, except for the posts that carry files: case lists
// (maxCaseListUpload) and the upload pages (maxUploadBytes, only when the path holds a live
// link: the token is checked first, so a stranger cannot send more than MaxBodyBytes).
func (s *Server) bodyLimit(r *http.Request) int64 {
	if r.Method == http.MethodPost {
		switch p := r.URL.Path; {
		case strings.HasPrefix(p, uploadPathPrefix):
			token := strings.TrimPrefix(p, uploadPathPrefix)
			if _, err := s.svc.CheckUploadLink(r.Context(), token); err != nil || strings.Contains(token, "/") {
				return s.cfg.MaxBodyBytes
			}
			return max(s.cfg.MaxBodyBytes, maxUploadBytes)
		case strings.HasPrefix(p, "/audits/") && strings.HasSuffix(p, "/caselists"):
			return max(s.cfg.MaxBodyBytes, maxCaseListUpload)
		}
	}
	return s.cfg.MaxBodyBytes
}

// tooLarge answers 413 and stops the request.
func (s *Server) tooLarge(c *gin.Context) {
	c.Header("Connection", "close")
	s.renderStatus(c, http.StatusRequestEntityTooLarge, "För stor förfrågan",
		fmt.Sprintf("Det som skickades är större än %d MiB och togs inte emot.", max(1, s.bodyLimit(c.Request)>>20)))
	c.Abort()
}

// bodyTooLarge reports whether reading the request's form failed on the body limit. A
// multipart body is held in memory (never spilled to a temporary file): it is no larger than
// the limit.
func (s *Server) bodyTooLarge(c *gin.Context) bool {
	var mbe *http.MaxBytesError
	// ParseMultipartForm would hide ParseForm's error behind "not multipart"
	if err := c.Request.ParseForm(); err != nil {
		return errors.As(err, &mbe)
	}
	if err := c.Request.ParseMultipartForm(s.cfg.MaxBodyBytes); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return errors.As(err, &mbe)
	}
	return false
}

// loadSession puts the session's user in the context when the cookie holds a valid token.
func (s *Server) loadSession(c *gin.Context) {
	ck, err := c.Request.Cookie(s.sessionCookie())
	if err == nil && ck.Value != "" {
		u, _, err := s.auth.Session(c.Request.Context(), ck.Value)
		switch {
		case err == nil:
			c.Set(ctxUser, &u)
			c.Set(ctxToken, ck.Value)
			// the trail names who did what
			c.Request = c.Request.WithContext(review.WithActor(c.Request.Context(), u.Name))
		case review.ErrorCodeOf(err) == review.ENotFound:
			s.clearCookie(c, s.sessionCookie())
		default:
			s.renderError(c, err)
			c.Abort()
			return
		}
	}
	c.Next()
}

// isPublicPath: the static files, and the paths of the routes the route table marks public.
func (s *Server) isPublicPath(path string) bool {
	return s.publicPaths[path] || strings.HasPrefix(path, "/static/") || strings.HasPrefix(path, uploadPathPrefix)
}

// requireSession sends visitors without a session to the login page (GET, HEAD) or answers
// 401 (anything else). Unknown paths get the same treatment, so probing learns nothing.
func (s *Server) requireSession(c *gin.Context) {
	if currentUser(c) != nil || s.isPublicPath(c.Request.URL.Path) {
		c.Next()
		return
	}
	if c.Request.Method == http.MethodGet || c.Request.Method == http.MethodHead {
		c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(c.Request.URL.Path))
	} else {
		s.renderStatus(c, http.StatusUnauthorized, "Du är inte inloggad", "Logga in och försök igen.")
	}
	c.Abort()
}

// checkCSRF guards every state-changing request: the browser's own cross-origin signals
// (Sec-Fetch-Site, Origin) through http.CrossOriginProtection, then the per-session token in
// the form or header. The login form, which has no session yet, carries a double-submit token
// from a short-lived cookie instead.
func (s *Server) checkCSRF(c *gin.Context) {
	switch c.Request.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		c.Next()
		return
	}
	if err := s.cop.Check(c.Request); err != nil {
		s.forbidCSRF(c, "cross-origin: "+err.Error())
		return
	}
	if streamsFiles(c.Request) {
		// an upload is streamed to disk by its handler, which checks the form's token (the
		// first field) before it takes in any file: parsing the body here would hold or
		// spill the files first
		c.Next()
		return
	}
	sent := c.Request.Header.Get(csrfHeader)
	if sent == "" {
		if s.bodyTooLarge(c) {
			s.tooLarge(c)
			return
		}
		sent = c.PostForm(csrfField)
	}
	var want string
	if c.Request.URL.Path == "/login" {
		if ck, err := c.Request.Cookie(s.loginCookie()); err == nil {
			want = ck.Value
		}
	} else if tok := sessionToken(c); tok != "" {
		want = review.CSRFToken(tok)
	}
	if want == "" || len(sent) != len(want) || subtle.ConstantTimeCompare([]byte(sent), []byte(want)) != 1 {
		s.forbidCSRF(c, "token missing or wrong")
		return
	}
	c.Next()
}

func (s *Server) forbidCSRF(c *gin.Context, why string) {
	_ = c.Error(fmt.Errorf("csrf: %s", why))
	s.renderStatus(c, http.StatusForbidden, "Förfrågan stoppades",
		"Formuläret kunde inte kontrolleras (det kan ha legat öppet för länge, eller skickats från en annan webbplats). Ladda om sidan och försök igen.")
	c.Abort()
}

func (s *Server) setCookie(c *gin.Context, name, value string, maxAge int) {
	http.SetCookie(c.Writer, &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge, HttpOnly: true,
		Secure: s.cfg.SecureCookies, SameSite: http.SameSiteLaxMode})
}

func (s *Server) clearCookie(c *gin.Context, name string) { s.setCookie(c, name, "", -1) }
