package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"tillsyn/review"
)

const userCols = `users.id, users.name, users.role, users.committee, users.disabled, users.created_at, (SELECT group_concat(m.audit_id) FROM audit_members m WHERE m.user_id = users.id)`
const userColsPG = `users.id, users.name, users.role, users.committee, users.disabled, users.created_at, (SELECT string_agg(m.audit_id::text, ',' ORDER BY m.audit_id) FROM audit_members m WHERE m.user_id = users.id)`

func (s *Store) userCols() string {
	if s.pg {
		return userColsPG
	}
	return userCols
}

// nameIs compares users.name with a placeholder as the column's unique index does: without
// regard to case (SQLite: the column's NOCASE collation; PostgreSQL: the index on lower(name)).
func (s *Store) nameIs() string {
	if s.pg {
		return `lower(name) = lower(?)`
	}
	return `name = ?`
}

// byName orders users by name without regard to case, the same on both engines.
func (s *Store) byName() string {
	if s.pg {
		return `lower(name) COLLATE "C"`
	}
	return `name COLLATE NOCASE`
}

// sessionTime sorts as text (fixed width), so expiry can be compared in SQL.
const sessionTime = "2006-01-02T15:04:05.000000Z"

type scanner interface{ Scan(...any) error }

func scanUser(sc scanner, extra ...any) (review.User, error) {
	var u review.User
	var role, at string
	var audits sql.NullString
	dest := append([]any{&u.ID, &u.Name, &role, &u.Committee, &u.Disabled, &at, &audits}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return u, err
	}
	u.Role = review.Role(role)
	if err := parseStamp(&u.CreatedAt, time.RFC3339Nano, at, "user created_at"); err != nil {
		return u, err
	}
	if audits.Valid {
		for _, p := range strings.Split(audits.String, ",") {
			id, err := strconv.ParseInt(p, 10, 64)
			if err != nil {
				return u, fmt.Errorf("user %d: audit membership %q: %w", u.ID, p, err)
			}
			u.Audits = append(u.Audits, id)
		}
		sort.Slice(u.Audits, func(i, j int) bool { return u.Audits[i] < u.Audits[j] })
	}
	return u, nil
}

func userNotFound() error {
	return &review.Error{Code: review.ENotFound, Field: "name", Message: "ingen sådan användare"}
}

// CreateUser inserts a user; EConflict when the name is taken (case-insensitively).
func (s *Store) CreateUser(ctx context.Context, u review.User, hash []byte) (review.User, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return u, internal("begin", err)
	}
	defer tx.Rollback()
	id, err := tx.insertID(ctx, `INSERT INTO users (name, role, committee, password_hash, created_at) VALUES (?,?,?,?,?)`,
		u.Name, string(u.Role), u.Committee, hash, u.CreatedAt.UTC().Format(sessionTime))
	if isUnique(err) {
		return u, &review.Error{Code: review.EConflict, Field: "name", Message: "det finns redan en användare som heter " + u.Name}
	}
	if err != nil {
		return u, internal("create user", err)
	}
	u.ID = id
	if _, err := appendTrail(ctx, tx, review.ActionUserAdd, 0, fmt.Sprintf("user:%d", u.ID),
		trailUser{User: u.ID, Name: u.Name, Role: string(u.Role), Committee: u.Committee}, u.CreatedAt); err != nil {
		return u, err
	}
	return u, internal("commit", tx.Commit())
}

// UserByName returns a user, its password hash and memberships.
func (s *Store) UserByName(ctx context.Context, name string) (review.User, []byte, error) {
	var hash []byte
	u, err := scanUser(s.rsql.QueryRowContext(ctx, `SELECT `+s.userCols()+`, password_hash FROM users WHERE `+s.nameIs(), name), &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return u, nil, userNotFound()
	}
	if err != nil {
		return u, nil, internal("read user", err)
	}
	return u, hash, nil
}

// UserByID returns a user with memberships.
func (s *Store) UserByID(ctx context.Context, id int64) (review.User, error) {
	u, err := scanUser(s.rsql.QueryRowContext(ctx, `SELECT `+s.userCols()+` FROM users WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return u, userNotFound()
	}
	return u, internal("read user", err)
}

// Users lists all users by name.
func (s *Store) Users(ctx context.Context) ([]review.User, error) {
	rows, err := s.rsql.QueryContext(ctx, `SELECT `+s.userCols()+` FROM users ORDER BY `+s.byName())
	if err != nil {
		return nil, internal("list users", err)
	}
	defer rows.Close()
	var out []review.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, internal("list users", err)
		}
		out = append(out, u)
	}
	return out, internal("list users", rows.Err())
}

// updateUser runs one UPDATE of a user, deletes its sessions and appends its trail event
// (action), in one transaction.
func (s *Store) updateUser(ctx context.Context, op, action string, userID int64, endSessions bool, query string, args ...any) error {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return internal(op, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return internal(op, err)
	} else if n != 1 {
		return userNotFound()
	}
	if endSessions {
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID); err != nil {
			return internal(op, err)
		}
	}
	if _, err := appendTrail(ctx, tx, action, 0, fmt.Sprintf("user:%d", userID), trailUser{User: userID}, time.Now()); err != nil {
		return err
	}
	return internal("commit", tx.Commit())
}

// SetPasswordHash replaces the hash and ends the user's sessions.
func (s *Store) SetPasswordHash(ctx context.Context, userID int64, hash []byte) error {
	return s.updateUser(ctx, "set password", review.ActionUserPassword, userID, true, `UPDATE users SET password_hash = ? WHERE id = ?`, hash, userID)
}

// SetUserDisabled (dis)ables a user; disabling ends its sessions.
func (s *Store) SetUserDisabled(ctx context.Context, userID int64, disabled bool) error {
	action := review.ActionUserEnable
	if disabled {
		action = review.ActionUserDisable
	}
	return s.updateUser(ctx, "disable user", action, userID, disabled, `UPDATE users SET disabled = ? WHERE id = ?`, disabled, userID)
}

// AddAuditMember makes a user a member of an audit (idempotent).
func (s *Store) AddAuditMember(ctx context.Context, userID, auditID int64) error {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return internal("begin", err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM users WHERE id = ?) + 2 * (SELECT count(*) FROM audits WHERE id = ?)`, userID, auditID).Scan(&n); err != nil {
		return internal("add member", err)
	}
	if n&1 == 0 {
		return userNotFound()
	}
	if n&2 == 0 {
		return &review.Error{Code: review.ENotFound, Field: "audit", Message: "ingen sådan granskning"}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO audit_members (user_id, audit_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, userID, auditID)
	if err != nil {
		return internal("add member", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return internal("add member", err)
	} else if n == 1 {
		if _, err := appendTrail(ctx, tx, review.ActionUserAssign, auditID, fmt.Sprintf("user:%d", userID), trailUser{User: userID, Audit: auditID}, time.Now()); err != nil {
			return err
		}
	}
	return internal("commit", tx.Commit())
}

// CreateSession stores a session.
func (s *Store) CreateSession(ctx context.Context, ss review.Session) error {
	_, err := s.wsql.ExecContext(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at, addr) VALUES (?,?,?,?,?,?)`,
		ss.TokenHash, ss.UserID, ss.CreatedAt.UTC().Format(sessionTime), ss.LastSeen.UTC().Format(sessionTime), ss.Expires.UTC().Format(sessionTime), ss.Addr)
	return internal("create session", err)
}

// SessionByTokenHash returns a session and its user.
func (s *Store) SessionByTokenHash(ctx context.Context, hash string) (review.Session, review.User, error) {
	ss := review.Session{TokenHash: hash}
	var created, seen, expires string
	u, err := scanUser(s.rsql.QueryRowContext(ctx, `SELECT `+s.userCols()+`, s.user_id, s.created_at, s.last_seen, s.expires_at, s.addr
		FROM sessions s JOIN users ON users.id = s.user_id WHERE s.token_hash = ?`, hash), &ss.UserID, &created, &seen, &expires, &ss.Addr)
	if errors.Is(err, sql.ErrNoRows) {
		return ss, u, &review.Error{Code: review.ENotFound, Message: "ingen sådan session"}
	}
	if err != nil {
		return ss, u, internal("read session", err)
	}
	for _, f := range []struct {
		dst *time.Time
		s   string
	}{{&ss.CreatedAt, created}, {&ss.LastSeen, seen}, {&ss.Expires, expires}} {
		if err := parseStamp(f.dst, time.RFC3339Nano, f.s, "session time"); err != nil {
			return ss, u, internal("read session", err)
		}
	}
	return ss, u, nil
}

// TouchSession records activity on a session.
func (s *Store) TouchSession(ctx context.Context, hash string, at time.Time) error {
	_, err := s.wsql.ExecContext(ctx, `UPDATE sessions SET last_seen = ? WHERE token_hash = ?`, at.UTC().Format(sessionTime), hash)
	return internal("touch session", err)
}

// DeleteSession ends a session.
func (s *Store) DeleteSession(ctx context.Context, hash string) error {
	_, err := s.wsql.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = ?`, hash)
	return internal("delete session", err)
}

// DeleteSessionsBefore removes sessions idle since before idle or expired at absolute.
func (s *Store) DeleteSessionsBefore(ctx context.Context, idle, absolute time.Time) (int, error) {
	res, err := s.wsql.ExecContext(ctx, `DELETE FROM sessions WHERE last_seen < ? OR expires_at <= ?`, idle.UTC().Format(sessionTime), absolute.UTC().Format(sessionTime))
	if err != nil {
		return 0, internal("prune sessions", err)
	}
	n, err := res.RowsAffected()
	return int(n), internal("prune sessions", err)
}

// LoginThrottles: see review.UserStore.
func (s *Store) LoginThrottles(ctx context.Context, keys []string) (map[string]review.Throttle, error) {
	out := map[string]review.Throttle{}
	if len(keys) == 0 {
		return out, nil
	}
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	err := eachRow(ctx, s.rsql, `SELECT key, failures, last_failure, blocked_until FROM login_throttle WHERE key IN (`+strings.TrimSuffix(strings.Repeat("?,", len(keys)), ",")+`)`,
		func(r *sql.Rows) error {
			var k, last, until string
			var t review.Throttle
			if err := r.Scan(&k, &t.Failures, &last, &until); err != nil {
				return err
			}
			var err error
			if t.LastFailure, err = time.Parse(sessionTime, last); err != nil {
				return err
			}
			if t.BlockedUntil, err = time.Parse(sessionTime, until); err != nil {
				return err
			}
			out[k] = t
			return nil
		}, args...)
	return out, err
}

// RecordLoginFailure: see review.UserStore.
func (s *Store) RecordLoginFailure(ctx context.Context, key string, at time.Time, window time.Duration, delay func(int) time.Duration) (review.Throttle, error) {
	tx, err := s.wsql.BeginTx(ctx, nil)
	if err != nil {
		return review.Throttle{}, internal("begin", err)
	}
	defer tx.Rollback()
	t := review.Throttle{}
	var last string
	err = tx.QueryRowContext(ctx, `SELECT failures, last_failure FROM login_throttle WHERE key = ?`, key).Scan(&t.Failures, &last)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return t, internal("read login failures", err)
	default:
		lt, err := time.Parse(sessionTime, last)
		if err != nil {
			return t, internal("read login failures", err)
		}
		if at.Sub(lt) > window {
			t.Failures = 0
		}
	}
	t.Failures++
	t.LastFailure = at.UTC()
	t.BlockedUntil = t.LastFailure.Add(delay(t.Failures))
	if _, err := tx.ExecContext(ctx, `INSERT INTO login_throttle (key, failures, last_failure, blocked_until) VALUES (?,?,?,?)
		ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure, blocked_until = excluded.blocked_until`,
		key, t.Failures, t.LastFailure.Format(sessionTime), t.BlockedUntil.Format(sessionTime)); err != nil {
		return t, internal("record login failure", err)
	}
	return t, internal("commit", tx.Commit())
}

// ClearLoginFailures: see review.UserStore.
func (s *Store) ClearLoginFailures(ctx context.Context, key string) error {
	_, err := s.wsql.ExecContext(ctx, `DELETE FROM login_throttle WHERE key = ?`, key)
	return internal("clear login failures", err)
}

// PruneLoginThrottles: see review.UserStore.
func (s *Store) PruneLoginThrottles(ctx context.Context, before, now time.Time) error {
	_, err := s.wsql.ExecContext(ctx, `DELETE FROM login_throttle WHERE last_failure < ? AND blocked_until < ?`, before.UTC().Format(sessionTime), now.UTC().Format(sessionTime))
	return internal("prune login failures", err)
}
