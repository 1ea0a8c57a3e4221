-- The tamper-evident trail (see review.TrailEvent): append-only, each event chained to the one
-- before by its SHA-256. The first event (trail.start) is written by the program when it
-- opens a data directory whose trail is empty.
CREATE TABLE trail (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    audit_id  INTEGER,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL UNIQUE
);
CREATE INDEX trail_audit ON trail (audit_id, seq);
CREATE TRIGGER trail_no_update BEFORE UPDATE ON trail BEGIN
    SELECT RAISE(ABORT, 'the trail is append-only');
END;
CREATE TRIGGER trail_no_delete BEFORE DELETE ON trail BEGIN
    SELECT RAISE(ABORT, 'the trail is append-only');
END;

-- The history of judgements (with their comments) and the export log are append-only too.
-- Gallring alone removes an audit's judgement history (its comments are personal data): it
-- marks itself in purge_running inside its own transaction, and nothing else may.
CREATE TABLE purge_running (audit_id INTEGER PRIMARY KEY);
CREATE TRIGGER score_events_no_update BEFORE UPDATE ON score_events BEGIN
    SELECT RAISE(ABORT, 'the history of judgements is append-only');
END;
CREATE TRIGGER score_events_no_delete BEFORE DELETE ON score_events
WHEN NOT EXISTS (SELECT 1 FROM purge_running) BEGIN
    SELECT RAISE(ABORT, 'the history of judgements is append-only (only gallring removes it)');
END;
CREATE TRIGGER exports_no_update BEFORE UPDATE ON exports BEGIN
    SELECT RAISE(ABORT, 'the export log is append-only');
END;
CREATE TRIGGER exports_no_delete BEFORE DELETE ON exports BEGIN
    SELECT RAISE(ABORT, 'the export log is append-only');
END;

-- Gallring: when an audit's personal data was removed, and why.
ALTER TABLE audits ADD COLUMN purged_at TEXT;
ALTER TABLE audits ADD COLUMN purge_reason TEXT NOT NULL DEFAULT '';

-- Failed logins per account ("u:name") and per address ("a:addr"), kept across restarts:
-- after a few failures each new one doubles the wait before the next attempt is heard.
CREATE TABLE login_throttle (
    key           TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    last_failure  TEXT NOT NULL,
    blocked_until TEXT NOT NULL
) WITHOUT ROWID;
