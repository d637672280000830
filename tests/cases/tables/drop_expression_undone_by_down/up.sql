-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. drop generation expression of public.g.b  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: irreversible: drop generation expression of public.g.b: PostgreSQL cannot make a column generated again in place (it would take dropping and adding the column, with its indexes and constraints)
ALTER TABLE public.g ALTER COLUMN b DROP EXPRESSION;

COMMIT;

