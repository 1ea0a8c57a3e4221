-- See ../0009_trail.sql: the trail, append-only; the history of judgements and the export
-- log append-only too (gallring alone removes judgement history, marked in purge_running).
CREATE TABLE trail (
    seq       BIGINT PRIMARY KEY,
    at        TEXT COLLATE "C" NOT NULL,
    actor     TEXT COLLATE "C" NOT NULL,
    action    TEXT COLLATE "C" NOT NULL,
    audit_id  BIGINT,
    subject   TEXT COLLATE "C" NOT NULL,
    detail    TEXT COLLATE "C" NOT NULL,
    prev_hash TEXT COLLATE "C" NOT NULL,
    hash      TEXT COLLATE "C" NOT NULL UNIQUE
);
CREATE INDEX trail_audit ON trail (audit_id, seq);

CREATE FUNCTION tillsyn_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END $$;
CREATE TRIGGER trail_no_update BEFORE UPDATE ON trail FOR EACH ROW EXECUTE FUNCTION tillsyn_append_only('the trail is append-only');
CREATE TRIGGER trail_no_delete BEFORE DELETE ON trail FOR EACH ROW EXECUTE FUNCTION tillsyn_append_only('the trail is append-only');
CREATE TRIGGER trail_no_truncate BEFORE TRUNCATE ON trail FOR EACH STATEMENT EXECUTE FUNCTION tillsyn_append_only('the trail is append-only');

CREATE TABLE purge_running (audit_id BIGINT PRIMARY KEY);
CREATE TRIGGER score_events_no_update BEFORE UPDATE ON score_events FOR EACH ROW EXECUTE FUNCTION tillsyn_append_only('the history of judgements is append-only');
CREATE FUNCTION tillsyn_score_events_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM purge_running) THEN
        RAISE EXCEPTION 'the history of judgements is append-only (only gallring removes it)';
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER score_events_no_delete BEFORE DELETE ON score_events FOR EACH ROW EXECUTE FUNCTION tillsyn_score_events_delete();
CREATE TRIGGER exports_no_update BEFORE UPDATE ON exports FOR EACH ROW EXECUTE FUNCTION tillsyn_append_only('the export log is append-only');
CREATE TRIGGER exports_no_delete BEFORE DELETE ON exports FOR EACH ROW EXECUTE FUNCTION tillsyn_append_only('the export log is append-only');

ALTER TABLE audits ADD COLUMN purged_at TEXT COLLATE "C";
ALTER TABLE audits ADD COLUMN purge_reason TEXT COLLATE "C" NOT NULL DEFAULT '';

CREATE TABLE login_throttle (
    key           TEXT COLLATE "C" PRIMARY KEY,
    failures      BIGINT NOT NULL,
    last_failure  TEXT COLLATE "C" NOT NULL,
    blocked_until TEXT COLLATE "C" NOT NULL
);
