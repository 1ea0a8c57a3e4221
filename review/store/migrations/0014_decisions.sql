-- Part B of the supervision's life cycle: the follow-up dates of a case list (the
-- self-audit's follow-up monitor), decisions per committee, their requirements ("krav på
-- åtgärder") and the committee's reports on its measures, followed to closure.

-- Optional columns of a case list: planned follow-up (Planerad uppföljning,
-- Uppföljningsdatum), follow-up done (Uppföljning genomförd), closing reason (Avslutsorsak).
ALTER TABLE cases ADD COLUMN planned_follow_up TEXT;
ALTER TABLE cases ADD COLUMN follow_up_done TEXT;
ALTER TABLE cases ADD COLUMN closing_reason TEXT NOT NULL DEFAULT '';

-- One decision per committee of an audit: drafted from the findings, edited while a draft,
-- signed (the signer re-entered the password), then locked.
CREATE TABLE decisions (
    id                 INTEGER PRIMARY KEY,
    audit_id           INTEGER NOT NULL REFERENCES audits (id),
    committee          TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
    rule               TEXT NOT NULL,
    scope              TEXT NOT NULL,
    findings           TEXT NOT NULL,
    committee_findings TEXT NOT NULL DEFAULT '',
    requirements       TEXT NOT NULL DEFAULT '',
    action_required    BOOLEAN NOT NULL,
    report_due         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    created_by         TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    signed_by          TEXT NOT NULL DEFAULT '',
    signed_at          TEXT,
    sha256             TEXT NOT NULL DEFAULT '',
    UNIQUE (audit_id, committee)
);
CREATE TRIGGER decisions_signed_locked BEFORE UPDATE ON decisions WHEN OLD.status = 'signed' BEGIN
    SELECT RAISE(ABORT, 'a signed decision is locked');
END;
CREATE TRIGGER decisions_signed_kept BEFORE DELETE ON decisions WHEN OLD.status = 'signed' BEGIN
    SELECT RAISE(ABORT, 'a signed decision is kept');
END;

-- The requirement of a signed decision with action required, and where it stands.
CREATE TABLE requirements (
    id          INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions (id),
    audit_id    INTEGER NOT NULL REFERENCES audits (id),
    committee   TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('awaiting_report', 'report_received', 'accepted', 'further_measures', 'closed')),
    due_date    TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX requirements_audit ON requirements (audit_id);

-- Every change of a requirement's status, append-only; a received report keeps its file.
CREATE TABLE requirement_events (
    id             INTEGER PRIMARY KEY,
    requirement_id INTEGER NOT NULL REFERENCES requirements (id),
    status         TEXT NOT NULL,
    due_date       TEXT NOT NULL DEFAULT '',
    received_on    TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    file_name      TEXT NOT NULL DEFAULT '',
    file_sha256    TEXT NOT NULL DEFAULT '',
    file_data      BLOB,
    by_user        TEXT NOT NULL,
    at             TEXT NOT NULL
);
CREATE INDEX requirement_events_req ON requirement_events (requirement_id);
CREATE TRIGGER requirement_events_no_update BEFORE UPDATE ON requirement_events BEGIN
    SELECT RAISE(ABORT, 'the history of a requirement is append-only');
END;
CREATE TRIGGER requirement_events_no_delete BEFORE DELETE ON requirement_events BEGIN
    SELECT RAISE(ABORT, 'the history of a requirement is append-only');
END;
