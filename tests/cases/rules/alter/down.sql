-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. undo: replace rule log_insert on public.orders

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE RULE log_insert AS ON INSERT TO public.orders DO ALSO INSERT INTO order_log VALUES (new.id, 'created');

COMMIT;

