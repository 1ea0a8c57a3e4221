-- tillsyn:foreign-keys-off
-- Criteria as data: an audit keeps a copy of its criteria template (NULL: the built-in
-- ivo-2015, for audits from before templates), with its SHA-256.
ALTER TABLE audits ADD COLUMN template_json TEXT;
ALTER TABLE audits ADD COLUMN template_sha256 TEXT NOT NULL DEFAULT '';

-- A template's scale is its own: the verdict is any value of it, checked by the service
-- against the audit's template. SQLite cannot drop a CHECK constraint, so the table is made
-- again (with foreign keys off, as SQLite's ALTER TABLE documentation prescribes).
CREATE TABLE scores_new (
    id             INTEGER PRIMARY KEY,
    sample_item_id INTEGER NOT NULL REFERENCES sample_items (id),
    kind           TEXT NOT NULL DEFAULT 'review' CHECK (kind IN ('review', 'adjudication')),
    reviewer       TEXT NOT NULL,
    criterion      TEXT NOT NULL,
    verdict        TEXT NOT NULL DEFAULT '',
    comment        TEXT NOT NULL DEFAULT '',
    evidence_pages TEXT NOT NULL DEFAULT '',
    elements       TEXT NOT NULL DEFAULT '',
    submitted      INTEGER NOT NULL DEFAULT 0,
    source         TEXT NOT NULL DEFAULT 'web',
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    handover       TEXT NOT NULL DEFAULT '' CHECK (handover IN ('', 'yes', 'no', 'unknown'))
);
INSERT INTO scores_new (id, sample_item_id, kind, reviewer, criterion, verdict, comment, evidence_pages, elements, submitted, source, version, updated_at, handover)
    SELECT id, sample_item_id, kind, reviewer, criterion, verdict, comment, evidence_pages, elements, submitted, source, version, updated_at, handover FROM scores;
DROP TABLE scores;
ALTER TABLE scores_new RENAME TO scores;
CREATE UNIQUE INDEX scores_review ON scores (sample_item_id, reviewer, criterion) WHERE kind = 'review';
CREATE UNIQUE INDEX scores_adjudication ON scores (sample_item_id, criterion) WHERE kind = 'adjudication';
CREATE INDEX scores_item ON scores (sample_item_id);
