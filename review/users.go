package review

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"
)

// Role says what a user may see and do.
type Role string

// The roles.
const (
	// RoleAdmin sees and does everything, including user administration.
	RoleAdmin Role = "admin"
	// RoleInspector reviews the audits it is assigned to (AssignAudit).
	RoleInspector Role = "inspector"
	// RoleSelfAuditor reviews its own committee only, in the audits it is assigned to.
	RoleSelfAuditor Role = "self_auditor"
	// RoleResearcher sees aggregates only: never a case, a document or a diarienummer.
	RoleResearcher Role = "researcher"
)

// Roles lists the roles in the order admin pages show them.
var Roles = []Role{RoleAdmin, RoleInspector, RoleSelfAuditor, RoleResearcher}

// ParseRole accepts a role code.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles {
		if Role(strings.TrimSpace(s)) == r {
			return r, nil
		}
	}
	return "", &Error{Code: EInvalid, Field: "role", Message: "rollen måste vara admin, inspector, self_auditor eller researcher"}
}

// SwedishName is the role as users see it.
func (r Role) SwedishName() string {
	switch r {
	case RoleAdmin:
		return "administratör"
	case RoleInspector:
		return "inspektör"
	case RoleSelfAuditor:
		return "egenkontrollant"
	case RoleResearcher:
		return "forskare"
	}
	return string(r)
}

// ERateLimited says that too many attempts were made; the caller should wait.
const ERateLimited ErrorCode = "rate_limited"

// User is a person who logs in.
type User struct {
	ID        int64
	Name      string
	Role      Role
	Committee string // the own committee of a self_auditor; "" otherwise
	Disabled  bool
	CreatedAt time.Time
	Audits    []int64 // audits the user is a member of (AssignAudit), sorted
}

// Session is a server-side login. Only the SHA-256 of its token is stored.
type Session struct {
	TokenHash string
	UserID    int64
	CreatedAt time.Time
	LastSeen  time.Time
	Expires   time.Time // absolute end
	Addr      string
}

// UserStore is the persistence of users, memberships and sessions. Every method runs in one
// transaction. Names are unique (EConflict); unknown users and sessions are ENotFound.
type UserStore interface {
	CreateUser(ctx context.Context, u User, passwordHash []byte) (User, error)
	// UserByName returns the user with its password hash and memberships.
	UserByName(ctx context.Context, name string) (User, []byte, error)
	UserByID(ctx context.Context, id int64) (User, error)
	Users(ctx context.Context) ([]User, error)
	// SetPasswordHash replaces the hash and ends all the user's sessions.
	SetPasswordHash(ctx context.Context, userID int64, hash []byte) error
	// SetUserDisabled (dis)ables a user; disabling ends all the user's sessions.
	SetUserDisabled(ctx context.Context, userID int64, disabled bool) error
	// AddAuditMember makes a user a member of an audit (idempotent); ENotFound for an
	// unknown audit.
	AddAuditMember(ctx context.Context, userID, auditID int64) error
	CreateSession(ctx context.Context, s Session) error
	// SessionByTokenHash returns a session and its user (with memberships).
	SessionByTokenHash(ctx context.Context, hash string) (Session, User, error)
	TouchSession(ctx context.Context, hash string, at time.Time) error
	DeleteSession(ctx context.Context, hash string) error
	// DeleteSessionsBefore removes sessions last seen before idle or created before absolute.
	DeleteSessionsBefore(ctx context.Context, idle, absolute time.Time) (int, error)

	// LoginThrottles returns the login-failure records of keys (absent keys are zero).
	LoginThrottles(ctx context.Context, keys []string) (map[string]Throttle, error)
	// RecordLoginFailure counts a failure of key at `at` (a count whose last failure is
	// older than window starts again at one) and sets its wait to delay(count), in one
	// transaction, so that concurrent failures all count.
	RecordLoginFailure(ctx context.Context, key string, at time.Time, window time.Duration, delay func(failures int) time.Duration) (Throttle, error)
	// ClearLoginFailures forgets key's failures (after a successful login).
	ClearLoginFailures(ctx context.Context, key string) error
	// PruneLoginThrottles deletes records whose last failure is before `before` and whose
	// wait has ended by now.
	PruneLoginThrottles(ctx context.Context, before, now time.Time) error
}

// AuthConfig tunes logins and sessions. Zero fields get the defaults in parentheses.
type AuthConfig struct {
	BcryptCost      int           // (bcrypt.DefaultCost = 10; 12 in production ≈ 0.75 s here)
	IdleTimeout     time.Duration // (30 min) a session unused this long ends
	AbsoluteTimeout time.Duration // (10 h) a session ends this long after login whatever happens
	// Login throttling, per account and per address, kept in the database (a restart does
	// not reset it): the first FreeFailures* failed logins cost nothing; after that each
	// failure makes the next attempt wait, BaseDelay doubled per further failure up to
	// MaxDelay*. An attempt during the wait is refused without looking at the password; the
	// first one after it is heard, so the rightful user always gets in with the right
	// password. Failures more than FailureWindow apart start the count again.
	FreeFailuresPerAccount int           // (5)
	FreeFailuresPerAddr    int           // (20) everyone behind one NAT shares an address
	BaseDelay              time.Duration // (1 s)
	MaxDelayPerAccount     time.Duration // (1 min) an attacker gets at most one guess a minute
	MaxDelayPerAddr        time.Duration // (5 min)
	FailureWindow          time.Duration // (15 min)
	Clock                  func() time.Time
}

// Throttle is the login-failure record of one account ("u:name") or address ("a:addr").
type Throttle struct {
	Failures     int
	LastFailure  time.Time
	BlockedUntil time.Time
}

// LoginFailure describes a failed or throttled login for the log (LoginFailureOf).
type LoginFailure struct {
	Account   string // the name as given
	Known     bool   // whether such an account exists
	Throttled bool
	Wait      time.Duration // for a throttled attempt, how long until the next is heard
	HeldBy    []string      // for a throttled attempt, the records that hold it back ("u:name", "a:addr")
}

// MinPasswordLength is the shortest password AddUser and SetPassword accept.
const MinPasswordLength = 10

// Auth holds the user and session use cases. It is safe for concurrent use.
type Auth struct {
	store     UserStore
	svc       *Service
	cfg       AuthConfig
	now       func() time.Time
	dummyOnce sync.Once
	dummy     []byte // a hash to compare against for unknown users (constant work), made at first need

	mu       sync.Mutex
	sessions map[string]cachedSession // token hash → a recent lookup (see sessionCacheTTL)
	gen      uint64                   // bumped by forgetSessions: a lookup begun before must not be cached
}

// sessionCacheTTL is how long a session lookup is reused: every page needs one, and most
// come seconds apart. Changes made in this process (logout, disabling, new password,
// assignments) clear the cache at once; changes by another process (the command line) take
// effect within this time.
const sessionCacheTTL = 2 * time.Second

type cachedSession struct {
	u  User
	s  Session
	at time.Time
}

// forgetSessions empties the session cache (after any change to users or sessions).
func (a *Auth) forgetSessions() {
	a.mu.Lock()
	a.sessions = nil
	a.gen++
	a.mu.Unlock()
}

// NewAuth makes the user and session use cases over the service's store, which must
// implement UserStore (store.Store does).
func NewAuth(s *Service, cfg AuthConfig) *Auth {
	if cfg.BcryptCost == 0 {
		cfg.BcryptCost = bcrypt.DefaultCost
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = 30 * time.Minute
	}
	if cfg.AbsoluteTimeout == 0 {
		cfg.AbsoluteTimeout = 10 * time.Hour
	}
	if cfg.FreeFailuresPerAccount == 0 {
		cfg.FreeFailuresPerAccount = 5
	}
	if cfg.FreeFailuresPerAddr == 0 {
		cfg.FreeFailuresPerAddr = 20
	}
	if cfg.BaseDelay == 0 {
		cfg.BaseDelay = time.Second
	}
	if cfg.MaxDelayPerAccount == 0 {
		cfg.MaxDelayPerAccount = time.Minute
	}
	if cfg.MaxDelayPerAddr == 0 {
		cfg.MaxDelayPerAddr = 5 * time.Minute
	}
	if cfg.FailureWindow == 0 {
		cfg.FailureWindow = 15 * time.Minute
	}
	now := cfg.Clock
	if now == nil {
		now = s.now
	}
	return &Auth{store: s.store, svc: s, cfg: cfg, now: now}
}

// Config returns the effective configuration.
func (a *Auth) Config() AuthConfig { return a.cfg }

func validName(name string) error {
	if name == "" {
		return &Error{Code: EInvalid, Field: "name", Message: "ett användarnamn behövs"}
	}
	if utf8.RuneCountInString(name) > 64 || strings.ContainsAny(name, " \t\r\n/\\") || strings.ContainsFunc(name, func(r rune) bool { return isControl(r) || IsBidiControl(r) || r == '\u00a0' }) {
		return &Error{Code: EInvalid, Field: "name", Message: "användarnamnet får ha högst 64 tecken och inga blanksteg eller snedstreck"}
	}
	return nil
}

func validPassword(pw string) error {
	if utf8.RuneCountInString(pw) < MinPasswordLength {
		return &Error{Code: EInvalid, Field: "password", Message: "lösenordet måste ha minst 10 tecken"}
	}
	if len(pw) > 72 {
		return &Error{Code: EInvalid, Field: "password", Message: "lösenordet får ha högst 72 byte"}
	}
	return nil
}

// AddUser creates a user. A self_auditor needs a committee (a municipality name); other roles
// must not have one. EInvalid for bad input, EConflict when the name is taken.
func (a *Auth) AddUser(ctx context.Context, name string, role Role, committee, password string) (User, error) {
	name = strings.TrimSpace(name)
	if err := validName(name); err != nil {
		return User{}, err
	}
	if _, err := ParseRole(string(role)); err != nil {
		return User{}, err
	}
	committee = strings.TrimSpace(committee)
	if role == RoleSelfAuditor {
		c, ok := NormalizeCommittee(committee)
		if !ok {
			return User{}, &Error{Code: EInvalid, Field: "committee", Message: "en egenkontrollant behöver sin nämnd (en av landets kommuner)"}
		}
		committee = c
	} else if committee != "" {
		return User{}, &Error{Code: EInvalid, Field: "committee", Message: "bara en egenkontrollant har en egen nämnd"}
	}
	if err := validPassword(password); err != nil {
		return User{}, err
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), a.cfg.BcryptCost)
	if err != nil {
		return User{}, &Error{Code: EInternal, Message: "hash password", Err: err}
	}
	return a.store.CreateUser(ctx, User{Name: name, Role: role, Committee: committee, CreatedAt: a.now().UTC()}, hash)
}

// SetPassword replaces a user's password and ends the user's sessions.
func (a *Auth) SetPassword(ctx context.Context, name, password string) error {
	defer a.forgetSessions()
	u, _, err := a.store.UserByName(ctx, strings.TrimSpace(name))
	if err != nil {
		return err
	}
	if err := validPassword(password); err != nil {
		return err
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), a.cfg.BcryptCost)
	if err != nil {
		return &Error{Code: EInternal, Message: "hash password", Err: err}
	}
	return a.store.SetPasswordHash(ctx, u.ID, hash)
}

// DisableUser stops a user from logging in and ends the user's sessions. Nothing the user
// did is deleted.
func (a *Auth) DisableUser(ctx context.Context, name string) error {
	defer a.forgetSessions()
	u, _, err := a.store.UserByName(ctx, strings.TrimSpace(name))
	if err != nil {
		return err
	}
	return a.store.SetUserDisabled(ctx, u.ID, true)
}

// EnableUser lets a disabled user log in again.
func (a *Auth) EnableUser(ctx context.Context, name string) error {
	defer a.forgetSessions()
	u, _, err := a.store.UserByName(ctx, strings.TrimSpace(name))
	if err != nil {
		return err
	}
	return a.store.SetUserDisabled(ctx, u.ID, false)
}

// AssignAudit makes an inspector, self-auditor or researcher a member of an audit (by name);
// a researcher then sees that audit's aggregates and may export them.
func (a *Auth) AssignAudit(ctx context.Context, name, auditName string) error {
	defer a.forgetSessions()
	u, _, err := a.store.UserByName(ctx, strings.TrimSpace(name))
	if err != nil {
		return err
	}
	if u.Role == RoleAdmin {
		return &Error{Code: EInvalid, Field: "name", Message: "administratörer ser alla granskningar och tilldelas inga"}
	}
	au, err := a.svc.AuditByName(ctx, auditName)
	if err != nil {
		return err
	}
	return a.store.AddAuditMember(ctx, u.ID, au.ID)
}

// Users lists all users by name.
func (a *Auth) Users(ctx context.Context) ([]User, error) { return a.store.Users(ctx) }

// User returns one user by id.
func (a *Auth) User(ctx context.Context, id int64) (User, error) { return a.store.UserByID(ctx, id) }

// errBadLogin is the one answer to every failed login, whatever failed.
var errBadLogin = &Error{Code: EInvalid, Field: "password", Message: "Fel användarnamn eller lösenord."}

// Login checks a name and password and starts a new session with a fresh random token
// (the caller puts it in a cookie; only its SHA-256 is stored). It is throttled per account
// and per address (see AuthConfig): during a wait it returns ERateLimited wrapping a
// *LoginFailure saying how long to wait, without looking at the password. Unknown names, wrong passwords and
// disabled users get the same EInvalid error after the same amount of work. Every failure
// carries a *LoginFailure for the log (LoginFailureOf).
func (a *Auth) Login(ctx context.Context, name, password, addr string) (token string, u User, err error) {
	defer a.forgetSessions()
	name = strings.TrimSpace(name)
	now := a.now()
	keys := []string{accountKey(name)}
	if addr != "" {
		keys = append(keys, "a:"+addr)
	}
	th, err := a.store.LoginThrottles(ctx, keys)
	if err != nil {
		return "", User{}, err
	}
	var until time.Time
	var holding []string
	for _, k := range keys {
		if b := th[k].BlockedUntil; now.Before(b) {
			holding = append(holding, k)
			if b.After(until) {
				until = b
			}
		}
	}
	if len(holding) > 0 {
		wait := until.Sub(now)
		secs := int(math.Ceil(wait.Seconds()))
		return "", User{}, &Error{Code: ERateLimited, Message: fmt.Sprintf("För många misslyckade inloggningar. Vänta %d sekunder och försök igen.", secs),
			Err: &LoginFailure{Account: name, Throttled: true, Wait: wait, HeldBy: holding}}
	}
	u, hash, err := a.store.UserByName(ctx, name)
	if err != nil && ErrorCodeOf(err) != ENotFound {
		return "", User{}, err
	}
	known := err == nil
	if err != nil || len(hash) == 0 {
		a.dummyOnce.Do(func() { a.dummy, _ = bcrypt.GenerateFromPassword([]byte("tillsyn-dummy-password"), a.cfg.BcryptCost) })
		_ = bcrypt.CompareHashAndPassword(a.dummy, []byte(password))
		return "", User{}, a.fail(ctx, keys, now, &LoginFailure{Account: name, Known: false})
	}
	if bcrypt.CompareHashAndPassword(hash, []byte(password)) != nil || u.Disabled {
		return "", User{}, a.fail(ctx, keys, now, &LoginFailure{Account: name, Known: known})
	}
	if th[keys[0]].Failures > 0 {
		if err := a.store.ClearLoginFailures(ctx, keys[0]); err != nil {
			return "", User{}, err
		}
	}
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", User{}, &Error{Code: EInternal, Message: "random token", Err: err}
	}
	token = base64.RawURLEncoding.EncodeToString(b[:])
	s := Session{TokenHash: HashToken(token), UserID: u.ID, CreatedAt: now.UTC(), LastSeen: now.UTC(), Expires: now.Add(a.cfg.AbsoluteTimeout).UTC(), Addr: addr}
	if err := a.store.CreateSession(ctx, s); err != nil {
		return "", User{}, err
	}
	return token, u, nil
}

func accountKey(name string) string { return "u:" + strings.ToLower(name) }

// fail records a failed login on every key and returns the one answer to it.
func (a *Auth) fail(ctx context.Context, keys []string, now time.Time, lf *LoginFailure) error {
	for _, k := range keys {
		free, max := a.cfg.FreeFailuresPerAccount, a.cfg.MaxDelayPerAccount
		if strings.HasPrefix(k, "a:") {
			free, max = a.cfg.FreeFailuresPerAddr, a.cfg.MaxDelayPerAddr
		}
		if _, err := a.store.RecordLoginFailure(ctx, k, now.UTC(), a.cfg.FailureWindow, func(n int) time.Duration {
			return backoff(n, free, a.cfg.BaseDelay, max)
		}); err != nil {
			return err
		}
	}
	return &Error{Code: errBadLogin.Code, Field: errBadLogin.Field, Message: errBadLogin.Message, Err: lf}
}

// backoff is the wait after the n-th failure in a row: none for the first free ones, then
// base, 2·base, 4·base, ... up to max.
func backoff(n, free int, base, max time.Duration) time.Duration {
	if n <= free {
		return 0
	}
	d := base
	for i := free + 1; i < n && d < max; i++ {
		d *= 2
	}
	return min(d, max)
}

func (e *LoginFailure) Error() string {
	if e.Throttled {
		return "login throttled: " + e.Account
	}
	return "login failed: " + e.Account
}

// LoginFailureOf returns what a failed login error says for the log, or nil.
func LoginFailureOf(err error) *LoginFailure {
	var lf *LoginFailure
	if errors.As(err, &lf) {
		return lf
	}
	return nil
}

// HashToken is what is stored of a session token: hex SHA-256.
func HashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// CSRFToken is the per-session token forms carry. It is derived from the session token,
// which only the cookie holds, so it needs no storage and cannot be computed without it.
func CSRFToken(token string) string {
	h := sha256.Sum256([]byte("tillsyn-csrf\x00" + token))
	return base64.RawURLEncoding.EncodeToString(h[:])
}

// touchEvery limits writes: last-seen is updated at most this often per session.
const touchEvery = time.Minute

// Session returns the user of a valid session token. ENotFound when the token is unknown,
// expired (idle or absolute), or its user disabled; an expired session is deleted.
func (a *Auth) Session(ctx context.Context, token string) (User, Session, error) {
	if token == "" {
		return User{}, Session{}, &Error{Code: ENotFound, Message: "ingen session"}
	}
	h := HashToken(token)
	now := a.now()
	a.mu.Lock()
	c, cached := a.sessions[h]
	gen := a.gen
	a.mu.Unlock()
	s, u := c.s, c.u
	if !cached || now.Before(c.at) || now.Sub(c.at) >= sessionCacheTTL {
		var err error
		if s, u, err = a.store.SessionByTokenHash(ctx, h); err != nil {
			return User{}, Session{}, err
		}
		cached = false
	}
	if u.Disabled || !now.Before(s.Expires) || now.Sub(s.LastSeen) >= a.cfg.IdleTimeout {
		_ = a.store.DeleteSession(ctx, h)
		a.mu.Lock()
		delete(a.sessions, h)
		a.mu.Unlock()
		return User{}, Session{}, &Error{Code: ENotFound, Message: "sessionen har gått ut"}
	}
	if now.Sub(s.LastSeen) >= touchEvery {
		if err := a.store.TouchSession(ctx, h, now.UTC()); err != nil {
			return User{}, Session{}, err
		}
		s.LastSeen = now.UTC()
		cached = false
	}
	if !cached {
		a.mu.Lock()
		if a.gen == gen { // nothing was logged out, disabled or changed since the lookup began
			if a.sessions == nil || len(a.sessions) > 10000 {
				a.sessions = map[string]cachedSession{}
			}
			a.sessions[h] = cachedSession{u: u, s: s, at: now}
		}
		a.mu.Unlock()
	}
	return u, s, nil
}

// Logout ends a session. Unknown tokens are not an error.
func (a *Auth) Logout(ctx context.Context, token string) error {
	if token == "" {
		return nil
	}
	defer a.forgetSessions()
	return a.store.DeleteSession(ctx, HashToken(token))
}

// PruneSessions deletes expired sessions, and login-failure records that no longer hold
// anything back; the server calls it now and then.
func (a *Auth) PruneSessions(ctx context.Context) (int, error) {
	now := a.now().UTC()
	if err := a.store.PruneLoginThrottles(ctx, now.Add(-a.cfg.FailureWindow), now); err != nil {
		return 0, err
	}
	return a.store.DeleteSessionsBefore(ctx, now.Add(-a.cfg.IdleTimeout), now)
}

// CanSeeAudit: admins see every audit; inspectors, self-auditors and researchers the audits
// they are members of (given to them with AssignAudit; researchers only the aggregates).
func (u User) CanSeeAudit(auditID int64) bool {
	switch u.Role {
	case RoleAdmin:
		return true
	case RoleInspector, RoleSelfAuditor, RoleResearcher:
		for _, id := range u.Audits {
			if id == auditID {
				return true
			}
		}
	}
	return false
}

// CanSeeCommittee: may the user see the cases of a committee in an audit? Researchers never;
// self-auditors only their own committee.
func (u User) CanSeeCommittee(auditID int64, committee string) bool {
	switch u.Role {
	case RoleAdmin:
		return true
	case RoleInspector:
		return u.CanSeeAudit(auditID)
	case RoleSelfAuditor:
		return u.CanSeeAudit(auditID) && committee == u.Committee
	}
	return false
}

// CanSeeCase: may the user open a case file (its page, documents, PDFs) of a committee in an
// audit? The same as CanSeeCommittee: researchers never see a case.
func (u User) CanSeeCase(auditID int64, committee string) bool {
	return u.CanSeeCommittee(auditID, committee)
}

// CanScore: may the user record judgements on a case? Everyone who may see it.
func (u User) CanScore(auditID int64, committee string) bool { return u.CanSeeCase(auditID, committee) }

// CanAdjudicate: admins and the audit's inspectors settle disagreements.
func (u User) CanAdjudicate(auditID int64) bool {
	return u.Role == RoleAdmin || (u.Role == RoleInspector && u.CanSeeAudit(auditID))
}

// CanReplace: admins and the audit's inspectors replace sampled cases from the reserves.
func (u User) CanReplace(auditID int64) bool { return u.CanAdjudicate(auditID) }

// CanExportAudit: may the user download the research export of an audit they see? It
// covers every committee, so not a self-auditor, who sees one committee only.
func (u User) CanExportAudit() bool { return u.Role != RoleSelfAuditor }

// CanSeeProgress: may the user see a committee's progress counts in an audit they see?
// Everyone but a self-auditor sees every committee's; a self-auditor only the own.
func (u User) CanSeeProgress(committee string) bool {
	return u.Role != RoleSelfAuditor || u.Committee == committee
}

// CanSeeCaseLists: may the user see case-level data (diarienummer, protocol items) at all?
func (u User) CanSeeCaseLists() bool { return u.Role != RoleResearcher }

// VisibleCommittees returns the committees whose cases the user may search or list in an
// audit: nil means all, an empty non-nil slice none.
func (u User) VisibleCommittees(auditID int64) []string {
	switch {
	case u.Role == RoleAdmin || (u.Role == RoleInspector && u.CanSeeAudit(auditID)):
		return nil
	case u.Role == RoleSelfAuditor && u.CanSeeAudit(auditID):
		return []string{u.Committee}
	}
	return []string{}
}
