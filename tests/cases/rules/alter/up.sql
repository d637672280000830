-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. replace rule log_insert on public.orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE RULE log_insert AS ON INSERT TO public.orders WHERE new.status <> 'draft' DO ALSO INSERT INTO order_log (order_id, note) VALUES (new.id, 'created as ' || new.status);

COMMIT;

