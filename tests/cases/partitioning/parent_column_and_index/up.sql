-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 1 with warnings
--     1. change type of public.logs.level  [WARNING]
--     2. add column public.logs.message
--     3. add constraint logs_level on public.logs
--     4. add constraint logs_pkey on public.logs
--     5. create index public.logs_message

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

-- WARNING: L113 column-type-change-rewrite: public.logs.level: text -> integer: changes a column type: may rewrite the table under ACCESS EXCLUSIVE and may truncate or reject values
ALTER TABLE public.logs ALTER COLUMN level TYPE integer USING level::integer;

ALTER TABLE public.logs ADD COLUMN message text DEFAULT ''::text;

ALTER TABLE public.logs ADD CONSTRAINT logs_level CHECK (level > 0);

ALTER TABLE public.logs ADD CONSTRAINT logs_pkey PRIMARY KEY (id, created_at);

CREATE INDEX logs_message ON public.logs USING btree (message);

COMMIT;

