-- The review workbench: drafts of the review form and case assignments (see the SQLite
-- migration of the same number).
CREATE TABLE review_drafts (
    sample_item_id BIGINT NOT NULL REFERENCES sample_items (id),
    reviewer       TEXT NOT NULL,
    form_json      TEXT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sample_item_id, reviewer)
);

CREATE TABLE case_assignments (
    sample_item_id BIGINT NOT NULL REFERENCES sample_items (id),
    slot           BIGINT NOT NULL CHECK (slot IN (1, 2)),
    reviewer       TEXT NOT NULL,
    assigned_by    TEXT NOT NULL,
    assigned_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sample_item_id, slot)
);
CREATE INDEX case_assignments_reviewer ON case_assignments (reviewer);
