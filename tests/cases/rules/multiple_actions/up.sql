-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create rule frozen on public.accounts
--     2. create rule soft_delete on public.accounts

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE RULE frozen AS ON UPDATE TO public.accounts WHERE old.closed DO INSTEAD NOTHING;

CREATE RULE soft_delete AS ON DELETE TO public.accounts DO INSTEAD (UPDATE accounts SET closed = true WHERE id = old.id; INSERT INTO account_events (account_id, event) VALUES (old.id, 'closed'));

COMMIT;

