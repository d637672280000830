-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 3 with warnings
--     1. drop index public.visits_day  [WARNING]
--     2. drop index public.visits_recent  [WARNING]
--     3. change type of public.visits.at  [WARNING]
--     4. create index public.visits_day
--     5. create index public.visits_recent

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.visits_day: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.visits_day;

-- WARNING: D114 drop-index [warning]: public.visits_recent: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.visits_recent;

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.visits.at: timestamp without time zone -> date: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.visits ALTER COLUMN at TYPE date;

COMMIT;

CREATE INDEX CONCURRENTLY visits_day ON public.visits USING btree (at);

CREATE INDEX CONCURRENTLY visits_recent ON public.visits USING btree (hits) WHERE at > '2021-01-01';

