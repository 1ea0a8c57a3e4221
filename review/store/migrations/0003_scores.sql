-- Judgements. Each reviewer's judgements are their own rows (kind 'review'); an adjudicated
-- judgement is a row of kind 'adjudication' beside both originals. version is the optimistic
-- lock: a save names the version it was loaded with.
CREATE TABLE scores (
    id             INTEGER PRIMARY KEY,
    sample_item_id INTEGER NOT NULL REFERENCES sample_items (id),
    kind           TEXT NOT NULL DEFAULT 'review' CHECK (kind IN ('review', 'adjudication')),
    reviewer       TEXT NOT NULL,
    criterion      TEXT NOT NULL,
    verdict        TEXT NOT NULL DEFAULT '' CHECK (verdict IN ('', 'yes', 'partly', 'no', 'not_applicable')),
    comment        TEXT NOT NULL DEFAULT '',
    evidence_pages TEXT NOT NULL DEFAULT '',
    elements       TEXT NOT NULL DEFAULT '',
    submitted      INTEGER NOT NULL DEFAULT 0,
    source         TEXT NOT NULL DEFAULT 'web',
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX scores_review ON scores (sample_item_id, reviewer, criterion) WHERE kind = 'review';
CREATE UNIQUE INDEX scores_adjudication ON scores (sample_item_id, criterion) WHERE kind = 'adjudication';

-- The audit trail of every change to a judgement: who, when, old -> new.
CREATE TABLE score_events (
    id             INTEGER PRIMARY KEY,
    score_id       INTEGER NOT NULL REFERENCES scores (id),
    sample_item_id INTEGER NOT NULL,
    changed_by     TEXT NOT NULL,
    changed_at     TEXT NOT NULL,
    old_json       TEXT NOT NULL,
    new_json       TEXT NOT NULL
);
CREATE INDEX score_events_item ON score_events (sample_item_id);

-- Cases drawn (reproducibly, from the sample seed) for an independent second review.
CREATE TABLE double_reviews (
    sample_item_id INTEGER PRIMARY KEY REFERENCES sample_items (id)
);
ALTER TABLE audits ADD COLUMN double_share REAL NOT NULL DEFAULT 0;
