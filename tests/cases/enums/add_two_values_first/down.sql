-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. undo: add values to type public.level  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D110 drop-enum-value [error; ACCESS EXCLUSIVE; rewrite; data loss]: public.level: recreates the enum without some values and rewrites the columns using it; rows holding a removed value make it fail
ALTER TYPE public.level RENAME TO level__pgmorph_old;

CREATE TYPE public.level AS ENUM ('low', 'high');

DROP TYPE public.level__pgmorph_old;

COMMIT;

