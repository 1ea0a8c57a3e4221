-- PostgreSQL's twin replaces the btree index on cases (audit_id) by a BRIN index. SQLite has
-- no BRIN indexes: its btree index stays as it is.
SELECT 1;
