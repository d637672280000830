-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: replace rule r on public.t
--     2. undo: create table public.graveyard  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE RULE r AS ON DELETE TO public.t DO INSTEAD NOTHING;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.graveyard: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.graveyard;

COMMIT;

