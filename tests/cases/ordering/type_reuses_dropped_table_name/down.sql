-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. undo: create type public.foo
--     2. undo: drop table public.foo  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP TYPE public.foo;

-- WARNING: recreates the structure of public.foo, not its rows
CREATE TABLE public.foo (
    a integer
);

COMMIT;

