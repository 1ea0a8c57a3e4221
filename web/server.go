// Package web is Tillsyn's review web app: gin routes, one handler file per resource,
// server-side sessions, CSRF protection, security headers and server-rendered Swedish HTML
// from embedded templates. It talks to review.Service and review.Auth only, never to the
// store. Every route except /login, /static/, /healthz and /readyz needs a session; every
// state-changing request passes http.CrossOriginProtection and a per-session token.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config is what the web app needs.
type Config struct {
	Service *review.Service
	Auth    *review.Auth
	Logger  *slog.Logger // nil: slog.Default()
	// SecureCookies marks cookies Secure (and names the session cookie __Host-…); set it
	// when the app is served over TLS, directly or behind a proxy.
	SecureCookies bool
	// TrustedProxies are the proxies whose X-Forwarded-For is believed; nil trusts none.
	TrustedProxies []string
	// PublicOrigins are extra origins (e.g. https://tillsyn.example.se) accepted by the
	// cross-origin check when a proxy rewrites Host.
	PublicOrigins []string
	// MaxBodyBytes caps request bodies (default 1 MiB).
	MaxBodyBytes int64
	Version      string
	// Metrics counts requests, saves and logins (see NewMetrics); nil counts nothing.
	Metrics *Metrics
	// Ready are the conditions /readyz checks (see ReadyCheck); none: always ready.
	Ready []ReadyCheck
	// Extractor reads the text of files received through upload links (the worker
	// processes `ingest` uses); nil refuses uploads.
	Extractor review.TextExtractor
	// Renderer shows case-file pages as images (review/pdftext's Extractor); nil: the pages
	// are shown as text only.
	Renderer review.PageRenderer
	// UploadTimeout is how long an upload's body may take to arrive once its link is
	// checked (the server's read deadline is extended to it); 0: 30 minutes.
	UploadTimeout time.Duration
	// Demo: `serve --demo`. Only then may letters carry a link made from the request's own
	// address; otherwise the first https PublicOrigins entry is required.
	Demo bool
}

// Server is the web app.
type Server struct {
	cfg         Config
	svc         *review.Service
	auth        *review.Auth
	log         *slog.Logger
	pages       map[string]*template.Template
	docs        *template.Template // the "docs" partial, for the case-file cache
	cache       *caseFileCache
	engine      *gin.Engine
	cop         *http.CrossOriginProtection
	routes      []route
	frags       sync.Map // rendered scale and checklist fragments, see fragment
	pageCache   *pageCache
	publicPaths map[string]bool // paths of the public routes, see isPublicPath
	homes       sync.Map        // item id → itemHome, see itemHome
	draftGens   sync.Map        // draftKey → *atomic.Int64, see draftGen
	images      imageCache      // rendered page images, see pageImage

	readyState atomic.Pointer[string] // the checks /readyz last found failing, see readyz
	pdfs       pdfCache               // printed request letters, see letterPDFBytes
	uploads    uploadGate             // uploads in progress, see uploadFiles
	printed    printedLetters         // letters just made, with their links, see letterCopy
}

// access says who may call a route before the handler's own checks.
type access int

const (
	public   access = iota // anyone (login, static, health)
	loggedIn               // any valid session; the handler checks the resource
	adminOnly
)

type route struct {
	method, path string
	access       access
	h            handlerFunc
}

// handlerFunc is a handler that returns its error to one wrapper, which renders it.
type handlerFunc func(c *gin.Context) error

// New builds the app: parses every template (a broken template fails here, not on a
// request), registers routes and middleware.
func New(cfg Config) (*Server, error) {
	if cfg.Service == nil || cfg.Auth == nil {
		return nil, errors.New("web: Service and Auth are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	s := &Server{cfg: cfg, svc: cfg.Service, auth: cfg.Auth, log: cfg.Logger, cop: http.NewCrossOriginProtection()}
	for _, o := range cfg.PublicOrigins {
		if err := s.cop.AddTrustedOrigin(o); err != nil {
			return nil, fmt.Errorf("web: public origin %q: %w", o, err)
		}
	}
	// Rejections are rendered by our CSRF middleware; the handler is never reached.
	s.cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusForbidden) }))
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s.pages = pages
	if s.docs, err = template.New("docs").Funcs(funcs).ParseFS(templateFS, "templates/_partials.html"); err != nil {
		return nil, fmt.Errorf("web: docs template: %w", err)
	}
	s.cache = newCaseFileCache(512)
	s.pageCache = newPageCache(2048, 64<<20)
	s.images.maxBytes = 64 << 20

	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	e.HandleMethodNotAllowed = false
	e.RedirectTrailingSlash = true
	e.RedirectFixedPath = false
	e.ContextWithFallback = true
	if err := e.SetTrustedProxies(cfg.TrustedProxies); err != nil {
		return nil, fmt.Errorf("web: trusted proxies: %w", err)
	}
	e.Use(s.recovery, s.observe, s.logRequests, s.securityHeaders, s.limitBody, s.loadSession, s.requireSession, s.checkCSRF)
	e.NoRoute(func(c *gin.Context) {
		s.renderError(c, &review.Error{Code: review.ENotFound, Message: "Sidan finns inte."})
	})

	s.routes = s.routeTable()
	s.publicPaths = map[string]bool{}
	for _, r := range s.routes {
		if r.access == public {
			s.publicPaths[r.path] = true
		}
	}
	for _, r := range s.routes {
		r := r
		e.Handle(r.method, r.path, func(c *gin.Context) {
			c.Set(ctxAccess, r.access)
			if r.access == adminOnly {
				if u := currentUser(c); u == nil || u.Role != review.RoleAdmin {
					s.renderError(c, errForbidden)
					return
				}
			}
			if err := r.h(c); err != nil {
				s.renderError(c, err)
			}
		})
	}
	sub, _ := fs.Sub(staticFS, "static")
	e.GET("/static/*filepath", s.static(http.FS(sub)))
	s.engine = e
	return s, nil
}

// routeTable lists every route with its access level. A route-walk test checks that every
// registered route (gin's Routes()) is in this table and behaves by it.
func (s *Server) routeTable() []route {
	return []route{
		{"GET", "/healthz", public, s.healthz},
		{"GET", "/readyz", public, s.readyz},
		{"GET", "/report.css", public, s.reportStylesheet},
		{"GET", "/login", public, s.loginForm},
		{"POST", "/login", public, s.login},
		{"POST", "/logout", loggedIn, s.logout},
		{"GET", "/", loggedIn, s.queue},
		{"GET", "/audits", loggedIn, s.auditList},
		{"GET", "/audits/:id", loggedIn, s.auditOverview},
		{"GET", "/audits/:id/committees/:committee", loggedIn, s.committeeCases},
		{"GET", "/audits/:id/report", loggedIn, s.auditReport},
		{"GET", "/audits/:id/export", loggedIn, s.auditExport},
		{"GET", "/audits/:id/disagreements", loggedIn, s.disagreements},
		{"GET", "/audits/:id/search", loggedIn, s.searchForm},
		{"POST", "/audits/:id/search", loggedIn, s.search},
		{"GET", "/audits/:id/assign", loggedIn, s.assignForm},
		{"POST", "/audits/:id/assign", loggedIn, s.assign},
		{"GET", "/favicon.ico", public, s.favicon},
		{"GET", "/items/:id", loggedIn, s.reviewPage},
		{"POST", "/items/:id/scores", loggedIn, s.saveScores},
		{"POST", "/items/:id/draft", loggedIn, s.saveDraft},
		{"GET", "/items/:id/next", loggedIn, s.nextItem},
		{"GET", "/items/:id/replace", loggedIn, s.replaceForm},
		{"POST", "/items/:id/replace", loggedIn, s.replace},
		{"GET", "/items/:id/adjudicate", loggedIn, s.adjudicateForm},
		{"POST", "/items/:id/adjudicate", loggedIn, s.adjudicate},
		{"GET", "/documents/:id", loggedIn, s.document},
		{"GET", "/documents/:id/pages/:n/image", loggedIn, s.pageImage},
		{"GET", "/admin/users", adminOnly, s.userList},
		{"POST", "/admin/users", adminOnly, s.userAdd},
		{"POST", "/admin/users/:id/password", adminOnly, s.userPassword},
		{"POST", "/admin/users/:id/disable", adminOnly, s.userDisable},
		{"POST", "/admin/users/:id/enable", adminOnly, s.userEnable},
		{"POST", "/admin/users/:id/assign", adminOnly, s.userAssign},
		// decisions, their requirements and the follow-up monitor (lifecycle part B)
		{"GET", "/audits/:id/decisions", loggedIn, s.decisionList},
		{"POST", "/audits/:id/decisions", loggedIn, s.decisionCreate},
		{"GET", "/audits/:id/followups", loggedIn, s.followupsPage},
		{"GET", "/decisions/:id", loggedIn, s.decisionView},
		{"POST", "/decisions/:id", loggedIn, s.decisionSave},
		{"GET", "/decisions/:id/print", loggedIn, s.decisionPrint},
		{"POST", "/decisions/:id/sign", loggedIn, s.decisionSign},
		{"POST", "/decisions/:id/redraft", loggedIn, s.decisionRedraft},
		{"POST", "/requirements/:id", loggedIn, s.requirementChange},
		{"GET", "/requirements/:id/reports/:event", loggedIn, s.requirementReport},
		{"GET", "/admin/audits/new", loggedIn, s.auditNewForm}, // admins, inspectors, self-auditors (CanCreateAudit)
		{"POST", "/admin/audits", loggedIn, s.auditCreate},
		{"GET", "/admin/audits/:id/gallra", adminOnly, s.gallringForm},
		{"POST", "/admin/audits/:id/gallra", adminOnly, s.gallra},
		// setting an audit up, requesting and receiving its files (setup.go, requests.go,
		// upload.go); the handlers check CanSetUp. The upload pages are public: the link's
		// token is the access, checked on every request.
		{"GET", "/audits/:id/setup", loggedIn, s.setupForm},
		{"POST", "/audits/:id/caselists", loggedIn, s.caseListImport},
		{"POST", "/audits/:id/sample", loggedIn, s.drawSample},
		{"GET", "/audits/:id/protocol", loggedIn, s.sampleProtocol},
		{"GET", "/audits/:id/requests", loggedIn, s.requestsView},
		{"POST", "/audits/:id/letters", loggedIn, s.lettersCreate},
		{"GET", "/audits/:id/letters/:letter", loggedIn, s.letterHTML},
		{"GET", "/audits/:id/letters/:letter/pdf", loggedIn, s.letterPDF},
		{"POST", "/audits/:id/links/revoke", loggedIn, s.linkRevoke},
		{"GET", "/upload/:token", public, s.uploadForm},
		{"POST", "/upload/:token", public, s.uploadFiles},
	}
}

// Handler is the app as an http.Handler.
func (s *Server) Handler() http.Handler { return s.engine }

// Router is the gin engine (tests walk its Routes()).
func (s *Server) Router() *gin.Engine { return s.engine }

// Public reports whether a registered route is reachable without a session.
func (s *Server) Public(method, path string) bool {
	if path == "/static/*filepath" {
		return true
	}
	for _, r := range s.routes {
		if r.method == method && r.path == path {
			return r.access == public
		}
	}
	return false
}

// PruneSessions deletes expired sessions every interval until ctx ends.
func (s *Server) PruneSessions(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := s.auth.PruneSessions(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("prune sessions", "err", err)
			}
		}
	}
}

func (s *Server) healthz(c *gin.Context) error {
	c.Header("Cache-Control", "no-store")
	c.String(http.StatusOK, "ok\n")
	return nil
}

// static serves the embedded files, never a directory listing: a path that names a folder
// (or nothing) is 404.
func (s *Server) static(fsys http.FileSystem) gin.HandlerFunc {
	fileServer := http.StripPrefix("/static", http.FileServer(fsys))
	return func(c *gin.Context) {
		name := strings.TrimPrefix(c.Param("filepath"), "/")
		if f, err := fsys.Open("/" + name); err != nil {
			s.renderError(c, &review.Error{Code: review.ENotFound, Message: "Sidan finns inte."})
			return
		} else {
			fi, err := f.Stat()
			f.Close()
			if err != nil || fi.IsDir() {
				s.renderError(c, &review.Error{Code: review.ENotFound, Message: "Sidan finns inte."})
				return
			}
		}
		// the pages name these files with a digest of their content (assetVersion): a
		// URL's content never changes, so a browser may keep it
		c.Header("Cache-Control", "public, max-age=31536000, immutable")
		fileServer.ServeHTTP(c.Writer, c.Request)
	}
}

// paramID parses a numeric path parameter; anything else is ENotFound (never SQL).
func paramID(c *gin.Context, name string) (int64, error) {
	id, err := strconv.ParseInt(c.Param(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, &review.Error{Code: review.ENotFound, Message: "Sidan finns inte."}
	}
	return id, nil
}

func parseFormID(v string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || id <= 0 {
		return 0, &review.Error{Code: review.EInvalid, Field: "audit", Message: "Välj en granskning."}
	}
	return id, nil
}
