CREATE INDEX scores_item ON scores (sample_item_id);
CREATE INDEX documents_item ON documents (sample_item_id);
