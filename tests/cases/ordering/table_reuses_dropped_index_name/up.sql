-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop index public.foo
--     2. create table public.foo

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.foo;

BEGIN;

CREATE TABLE public.foo (
    x integer
);

COMMIT;

