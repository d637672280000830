-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create table app.audit
--     2. create rule Audit It on app.Orders
--     3. create rule tell on app.Orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE app.audit (
    id integer,
    at timestamp with time zone DEFAULT now()
);

CREATE RULE "Audit It" AS ON UPDATE TO app."Orders" WHERE new."Note" IS DISTINCT FROM old."Note" DO ALSO (INSERT INTO app.audit (id) VALUES (new.id); UPDATE app.audit SET at = now() WHERE id = new.id);

COMMENT ON RULE "Audit It" ON app."Orders" IS 'it''s audited';

CREATE RULE tell AS ON DELETE TO app."Orders" DO ALSO NOTIFY orders_changed;

COMMIT;

