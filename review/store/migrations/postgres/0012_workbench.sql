-- The review workbench: drafts of the review form and case assignments (see the SQLite
-- migration of the same number).
CREATE TABLE review_drafts (
    sample_item_id BIGINT NOT NULL REFERENCES sample_items (id),
    reviewer       TEXT COLLATE "C" NOT NULL,
    form_json      TEXT COLLATE "C" NOT NULL,
    updated_at     TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (sample_item_id, reviewer)
);

CREATE TABLE case_assignments (
    sample_item_id BIGINT NOT NULL REFERENCES sample_items (id),
    slot           BIGINT NOT NULL CHECK (slot IN (1, 2)),
    reviewer       TEXT COLLATE "C" NOT NULL,
    assigned_by    TEXT COLLATE "C" NOT NULL,
    assigned_at    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (sample_item_id, slot)
);
CREATE INDEX case_assignments_reviewer ON case_assignments (reviewer);

-- every committed change bumps tillsyn_version (see 0011_templates.sql)
CREATE TRIGGER review_drafts_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON review_drafts FOR EACH STATEMENT EXECUTE FUNCTION tillsyn_bump_version();
CREATE TRIGGER case_assignments_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_assignments FOR EACH STATEMENT EXECUTE FUNCTION tillsyn_bump_version();
