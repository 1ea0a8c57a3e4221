-- The cells each research export published (review.PublishedCell as JSON), and the audits it
-- pooled, so that every later export of the same audits can be checked against what is
-- already out (differencing). One row per exports row; append-only like the export log.
CREATE TABLE export_cells (
    export_id  INTEGER PRIMARY KEY REFERENCES exports (id),
    audit_ids  TEXT NOT NULL,
    cells_json TEXT NOT NULL
);
CREATE TRIGGER export_cells_no_update BEFORE UPDATE ON export_cells BEGIN
    SELECT RAISE(ABORT, 'the export log is append-only');
END;
CREATE TRIGGER export_cells_no_delete BEFORE DELETE ON export_cells BEGIN
    SELECT RAISE(ABORT, 'the export log is append-only');
END;
