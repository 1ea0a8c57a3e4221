-- The cells each research export published (review.PublishedCell as JSON), and the audits it
-- pooled (comma-separated ids), so that every later export of the same audits can be checked
-- against what is already out (differencing). One row per exports row; append-only like the
-- export log.
CREATE TABLE export_cells (
    export_id  BIGINT PRIMARY KEY REFERENCES exports (id),
    audit_ids  TEXT COLLATE "C" NOT NULL,
    cells_json TEXT COLLATE "C" NOT NULL
);
CREATE FUNCTION export_cells_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the export log is append-only';
END;
$$;
CREATE TRIGGER export_cells_no_update BEFORE UPDATE OR DELETE ON export_cells
    FOR EACH ROW EXECUTE FUNCTION export_cells_append_only();

-- every committed change bumps tillsyn_version (see 0011_templates.sql)
CREATE TRIGGER export_cells_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON export_cells FOR EACH STATEMENT EXECUTE FUNCTION tillsyn_bump_version();
