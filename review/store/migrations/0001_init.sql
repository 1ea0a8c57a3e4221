-- Audits, their case frames and import logs.
CREATE TABLE audits (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('tillsyn', 'egenkontroll')),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE import_files (
    id          INTEGER PRIMARY KEY,
    audit_id    INTEGER NOT NULL REFERENCES audits (id),
    file        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    encoding    TEXT NOT NULL DEFAULT '',
    delimiter   TEXT NOT NULL DEFAULT '',
    rows_read   INTEGER NOT NULL DEFAULT 0,
    imported    INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    UNIQUE (audit_id, sha256)
);

-- Rows left out by an import with --skip-invalid, with the reason. No values are kept.
CREATE TABLE import_skipped (
    id             INTEGER PRIMARY KEY,
    audit_id       INTEGER NOT NULL REFERENCES audits (id),
    import_file_id INTEGER REFERENCES import_files (id),
    file           TEXT NOT NULL,
    line           INTEGER NOT NULL,
    field          TEXT NOT NULL,
    code           TEXT NOT NULL,
    reason         TEXT NOT NULL
);

-- The case frame. The personnummer is not stored: person is a keyed pseudonym.
CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    audit_id       INTEGER NOT NULL REFERENCES audits (id),
    committee      TEXT NOT NULL,
    diarienummer   TEXT NOT NULL,
    dnr_key        TEXT NOT NULL,
    person         TEXT NOT NULL,
    birth_year     INTEGER NOT NULL,
    intervention   TEXT NOT NULL,
    legal_basis    TEXT NOT NULL,
    decision_date  TEXT NOT NULL,
    end_date       TEXT,
    case_officer   TEXT NOT NULL,
    age            INTEGER,
    import_file_id INTEGER NOT NULL REFERENCES import_files (id),
    source_line    INTEGER NOT NULL
);
-- (audit_id, committee, dnr_key) is unique. The import checks it inside its BEGIN IMMEDIATE
-- transaction (the only writer of this table), against the stored frame and the rows before;
-- a UNIQUE index would cost a random B-tree insert per row and made 1M-row imports 10x
-- slower than sqlite3's own .import. For the same reason the only index is on audit_id, which
-- an import appends to in order.
CREATE INDEX cases_audit ON cases (audit_id);
