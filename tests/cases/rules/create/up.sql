-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create rule keep_shipped on public.orders
--     2. create rule log_insert on public.orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE RULE keep_shipped AS ON UPDATE TO public.orders WHERE old.status = 'shipped' DO INSTEAD NOTHING;

CREATE RULE log_insert AS ON INSERT TO public.orders DO ALSO INSERT INTO order_log VALUES (new.id, 'created');

COMMIT;

