-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 2 with warnings
--     1. change type of public.logs.level  [WARNING]
--     2. add column public.logs.message
--     3. add constraint logs_level on public.logs
--     4. add constraint logs_pkey on public.logs  [WARNING]
--     5. create index public.logs_message

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.logs.level: text -> integer: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.logs ALTER COLUMN level TYPE integer USING level::integer;

ALTER TABLE public.logs ADD COLUMN message text DEFAULT ''::text;

ALTER TABLE public.logs ADD CONSTRAINT logs_level CHECK (level > 0);

-- WARNING: L109 add-unique-constraint-without-index [error; ACCESS EXCLUSIVE; index build]: logs_pkey on public.logs: builds a unique index while the table is locked and fails on duplicates
ALTER TABLE public.logs ADD CONSTRAINT logs_pkey PRIMARY KEY (id, created_at);

CREATE INDEX logs_message ON public.logs USING btree (message);

COMMIT;

