-- Users, their audit memberships and server-side sessions. Only the SHA-256 of a session
-- token is stored; passwords only as bcrypt hashes. Users are never deleted (judgements name
-- them), only disabled.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'inspector', 'self_auditor', 'researcher')),
    committee     TEXT NOT NULL DEFAULT '',
    password_hash BLOB NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);

CREATE TABLE audit_members (
    user_id  INTEGER NOT NULL REFERENCES users (id),
    audit_id INTEGER NOT NULL REFERENCES audits (id),
    PRIMARY KEY (user_id, audit_id)
) WITHOUT ROWID;

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    addr       TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);
