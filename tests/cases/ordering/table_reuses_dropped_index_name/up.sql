-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. drop index public.foo  [WARNING]
--     2. create table public.foo

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.foo: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.foo;

BEGIN;

CREATE TABLE public.foo (
    x integer
);

COMMIT;

