-- Case-file documents of sampled cases. The file itself is stored content-addressed
-- (files/<sha256[:2]>/<sha256>) in the data directory.
CREATE TABLE documents (
    id                 INTEGER PRIMARY KEY,
    sample_item_id     INTEGER NOT NULL REFERENCES sample_items (id),
    file_name          TEXT NOT NULL,
    sha256             TEXT NOT NULL,
    size               INTEGER NOT NULL,
    status             TEXT NOT NULL,
    error              TEXT NOT NULL DEFAULT '',
    producer           TEXT NOT NULL DEFAULT '',
    num_pages          INTEGER NOT NULL DEFAULT 0,
    pages_without_text TEXT NOT NULL DEFAULT '',
    ingested_at        TEXT NOT NULL,
    UNIQUE (sample_item_id, file_name)
);

CREATE TABLE pages (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    text        TEXT NOT NULL,
    engine      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pages_document ON pages (document_id, number);

-- Full-text index over page text (external content: the text lives in pages).
CREATE VIRTUAL TABLE pages_fts USING fts5 (text, content = 'pages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0');
CREATE TRIGGER pages_ai AFTER INSERT ON pages BEGIN
    INSERT INTO pages_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER pages_ad AFTER DELETE ON pages BEGIN
    INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- The latest screening of a sampled case (suggestions and evidence per criterion).
CREATE TABLE screenings (
    sample_item_id INTEGER PRIMARY KEY REFERENCES sample_items (id),
    rules_version  TEXT NOT NULL,
    review_date    TEXT NOT NULL,
    result_json    TEXT NOT NULL,
    screened_at    TEXT NOT NULL
);
