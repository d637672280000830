-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: create trigger crates_touch on public.crates
--     2. undo: change type of public.crates.updated_at  [WARNING]
--     3. undo: drop trigger crates_touch on public.crates

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP TRIGGER crates_touch ON public.crates;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.crates.updated_at: timestamp with time zone -> timestamp without time zone: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.crates ALTER COLUMN updated_at TYPE timestamp without time zone;

CREATE TRIGGER crates_touch BEFORE UPDATE ON public.crates FOR EACH ROW WHEN (NOT old.updated_at IS DISTINCT FROM new.updated_at) EXECUTE FUNCTION public.touch();

COMMIT;

