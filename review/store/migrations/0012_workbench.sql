-- The review workbench: a reviewer's unsaved form, kept as they type (a draft of the form,
-- not a judgement: it has no version and no history, and is removed when the judgements are
-- saved or submitted, and by gallring), and who is to review which case.
CREATE TABLE review_drafts (
    sample_item_id INTEGER NOT NULL REFERENCES sample_items (id),
    reviewer       TEXT NOT NULL,
    form_json      TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (sample_item_id, reviewer)
);

-- slot 1 is the (first) reviewer, slot 2 the second reviewer of a case drawn for double review.
CREATE TABLE case_assignments (
    sample_item_id INTEGER NOT NULL REFERENCES sample_items (id),
    slot           INTEGER NOT NULL CHECK (slot IN (1, 2)),
    reviewer       TEXT NOT NULL,
    assigned_by    TEXT NOT NULL,
    assigned_at    TEXT NOT NULL,
    PRIMARY KEY (sample_item_id, slot)
);
CREATE INDEX case_assignments_reviewer ON case_assignments (reviewer);
