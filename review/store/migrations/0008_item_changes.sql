-- What a review page shows of a case beyond the item row itself (whose own changes bump
-- version) is counted on the item: sample_items.changes counts changes of its judgements and
-- double review, files_version those of its documents and screening, so a page rendered
-- before can be checked with one row read (see Store.ItemView). Triggers keep them, so a
-- change made by any process counts; except for judgements, whose two write paths (a save,
-- an import; both in store/scores.go) count once per save, where a trigger would write the
-- item once per criterion and slow every save by a sixth.
ALTER TABLE sample_items ADD COLUMN changes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sample_items ADD COLUMN files_version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER documents_files_insert AFTER INSERT ON documents BEGIN
    UPDATE sample_items SET files_version = files_version + 1 WHERE id = NEW.sample_item_id;
END;
CREATE TRIGGER documents_files_update AFTER UPDATE ON documents BEGIN
    UPDATE sample_items SET files_version = files_version + 1 WHERE id IN (OLD.sample_item_id, NEW.sample_item_id);
END;
CREATE TRIGGER documents_files_delete AFTER DELETE ON documents BEGIN
    UPDATE sample_items SET files_version = files_version + 1 WHERE id = OLD.sample_item_id;
END;

CREATE TRIGGER screenings_files_insert AFTER INSERT ON screenings BEGIN
    UPDATE sample_items SET files_version = files_version + 1 WHERE id = NEW.sample_item_id;
END;
CREATE TRIGGER screenings_files_update AFTER UPDATE ON screenings BEGIN
    UPDATE sample_items SET files_version = files_version + 1 WHERE id IN (OLD.sample_item_id, NEW.sample_item_id);
END;
CREATE TRIGGER screenings_files_delete AFTER DELETE ON screenings BEGIN
    UPDATE sample_items SET files_version = files_version + 1 WHERE id = OLD.sample_item_id;
END;

CREATE TRIGGER double_reviews_changes_insert AFTER INSERT ON double_reviews BEGIN
    UPDATE sample_items SET changes = changes + 1 WHERE id = NEW.sample_item_id;
END;
CREATE TRIGGER double_reviews_changes_delete AFTER DELETE ON double_reviews BEGIN
    UPDATE sample_items SET changes = changes + 1 WHERE id = OLD.sample_item_id;
END;

-- A drawn case keeps its sample and committee, and is never deleted: the web app keeps
-- where a case belongs for its access checks (web.itemHome), and ids must not be reused.
CREATE TRIGGER sample_items_home_fixed BEFORE UPDATE OF sample_id, committee ON sample_items
WHEN NEW.sample_id IS NOT OLD.sample_id OR NEW.committee IS NOT OLD.committee BEGIN
    SELECT RAISE(ABORT, 'a drawn case keeps its sample and committee');
END;
CREATE TRIGGER sample_items_kept BEFORE DELETE ON sample_items BEGIN
    SELECT RAISE(ABORT, 'a drawn case is never deleted');
END;
