-- Requests for case files ("begäran om handlingar"): the letters sent to each sampled
-- committee, the upload links they carry and every upload received through them.

-- Every letter as sent: who, when, the deadline and the SHA-256 of its content (the HTML
-- kept here, so a printed letter can be checked against the record).
CREATE TABLE request_letters (
    id          INTEGER PRIMARY KEY,
    audit_id    INTEGER NOT NULL REFERENCES audits (id),
    committee   TEXT NOT NULL,
    kind        TEXT NOT NULL,           -- request | reminder
    deadline    TEXT NOT NULL,           -- YYYY-MM-DD
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    content     TEXT NOT NULL,
    token_id    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX request_letters_audit ON request_letters (audit_id, committee);

-- Upload links: only the SHA-256 of a token is stored. A link is scoped to one committee of
-- one audit, expires, and can be revoked; a new letter to the committee revokes its earlier
-- links.
CREATE TABLE upload_tokens (
    id          INTEGER PRIMARY KEY,
    audit_id    INTEGER NOT NULL REFERENCES audits (id),
    committee   TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    revoked_at  TEXT NOT NULL DEFAULT '',
    revoked_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX upload_tokens_audit ON upload_tokens (audit_id, committee);

-- Every file received through a link (and every upload refused), with its status.
CREATE TABLE uploads (
    id             INTEGER PRIMARY KEY,
    audit_id       INTEGER NOT NULL REFERENCES audits (id),
    committee      TEXT NOT NULL,
    sample_item_id INTEGER NOT NULL,
    token_id       INTEGER NOT NULL,
    file_name      TEXT NOT NULL,
    sha256         TEXT NOT NULL DEFAULT '',
    size           INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT '',
    uploaded_at    TEXT NOT NULL
);
CREATE INDEX uploads_audit ON uploads (audit_id, committee);
