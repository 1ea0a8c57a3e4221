-- Reading one case's judgements must not scan every judgement of every audit (the unique
-- indexes of 0003 are partial, so a plain lookup by item cannot use them).
CREATE INDEX scores_item ON scores (sample_item_id);
CREATE INDEX documents_item ON documents (sample_item_id);
