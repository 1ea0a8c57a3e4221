-- Samples: one active draw per audit; earlier draws stay (active = 0) as the log.
CREATE TABLE samples (
    id            INTEGER PRIMARY KEY,
    audit_id      INTEGER NOT NULL REFERENCES audits (id),
    active        INTEGER NOT NULL DEFAULT 1,
    seed          TEXT NOT NULL,
    method        TEXT NOT NULL,
    frame_sha256  TEXT NOT NULL,
    frame_size    INTEGER NOT NULL,
    tool_version  TEXT NOT NULL,
    drawn_by      TEXT NOT NULL,
    drawn_at      TEXT NOT NULL,
    params_json   TEXT NOT NULL,
    filters_json  TEXT NOT NULL,
    strata_json   TEXT NOT NULL,
    warnings_json TEXT NOT NULL,
    superseded_at TEXT
);
CREATE UNIQUE INDEX samples_one_active ON samples (audit_id) WHERE active = 1;

-- Selected cases and reserves. A replaced case keeps its row, its reason and the reserve
-- that took its place.
CREATE TABLE sample_items (
    id            INTEGER PRIMARY KEY,
    sample_id     INTEGER NOT NULL REFERENCES samples (id),
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    committee     TEXT NOT NULL,
    diarienummer  TEXT NOT NULL,
    intervention  TEXT NOT NULL,
    stratum       TEXT NOT NULL,
    sort_key      TEXT NOT NULL,
    stratum_rank  INTEGER NOT NULL,
    reserve_order INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('selected', 'reserve', 'replaced')),
    replaced_by   INTEGER REFERENCES sample_items (id),
    reason        TEXT,
    changed_by    TEXT,
    changed_at    TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX sample_items_sample ON sample_items (sample_id, stratum, stratum_rank);
CREATE INDEX sample_items_case ON sample_items (case_id);
