-- See ../0011_templates.sql: an audit keeps its criteria template; the verdict is any value
-- of the template's scale (PostgreSQL drops the CHECK, SQLite had to make the table again).
ALTER TABLE audits ADD COLUMN template_json TEXT COLLATE "C";
ALTER TABLE audits ADD COLUMN template_sha256 TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE scores DROP CONSTRAINT scores_verdict_check;

-- Every committed change bumps tillsyn_version, whoever makes it: Tillsyn's write
-- transactions bump it when they begin (see store/dialect.go), and these statement triggers
-- count writes made by other means (psql, a script), which SQLite's data_version sees too:
-- once per transaction (tillsyn.bumped is set, for the transaction, by whoever bumped).
CREATE FUNCTION tillsyn_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('tillsyn.bumped', true) IS DISTINCT FROM 'on' THEN
        UPDATE tillsyn_version SET n = n + 1 WHERE id = 1;
        PERFORM set_config('tillsyn.bumped', 'on', true);
    END IF;
    RETURN NULL;
END $$;
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('tillsyn_version', 'schema_migrations') LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION tillsyn_bump_version()', t || '_version', t);
    END LOOP;
END $$;
