-- Every research export: who, when, with which parameters, and the SHA-256 of the file.
CREATE TABLE exports (
    id          INTEGER PRIMARY KEY,
    audit_id    INTEGER NOT NULL REFERENCES audits (id),
    exported_by TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    format      TEXT NOT NULL,
    params_json TEXT NOT NULL,
    sha256      TEXT NOT NULL
);
