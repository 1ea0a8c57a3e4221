-- See ../0008_item_changes.sql: triggers count changes of a case's files and double review.
ALTER TABLE sample_items ADD COLUMN changes BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sample_items ADD COLUMN files_version BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION tillsyn_files_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE sample_items SET files_version = files_version + 1 WHERE id = OLD.sample_item_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.sample_item_id IS DISTINCT FROM OLD.sample_item_id) THEN
        UPDATE sample_items SET files_version = files_version + 1 WHERE id = NEW.sample_item_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER documents_files AFTER INSERT OR UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION tillsyn_files_version();
CREATE TRIGGER screenings_files AFTER INSERT OR UPDATE OR DELETE ON screenings FOR EACH ROW EXECUTE FUNCTION tillsyn_files_version();

CREATE FUNCTION tillsyn_item_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE sample_items SET changes = changes + 1 WHERE id = OLD.sample_item_id;
    ELSE
        UPDATE sample_items SET changes = changes + 1 WHERE id = NEW.sample_item_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER double_reviews_changes AFTER INSERT OR DELETE ON double_reviews FOR EACH ROW EXECUTE FUNCTION tillsyn_item_changes();

CREATE FUNCTION tillsyn_item_home_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a drawn case is never deleted';
    END IF;
    IF NEW.sample_id IS DISTINCT FROM OLD.sample_id OR NEW.committee IS DISTINCT FROM OLD.committee THEN
        RAISE EXCEPTION 'a drawn case keeps its sample and committee';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER sample_items_home_fixed BEFORE UPDATE OF sample_id, committee ON sample_items FOR EACH ROW EXECUTE FUNCTION tillsyn_item_home_fixed();
CREATE TRIGGER sample_items_kept BEFORE DELETE ON sample_items FOR EACH ROW EXECUTE FUNCTION tillsyn_item_home_fixed();
