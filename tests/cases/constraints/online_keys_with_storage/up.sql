-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 4 with warnings
--     1. set not null of public.accounts.id  [WARNING]
--     2. add constraint accounts_email_region_key on public.accounts  [WARNING]
--     3. add constraint accounts_pkey on public.accounts  [WARNING]
--     4. add constraint accounts_span_excl on public.accounts  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C116 not-null-data-dependent [warning; scan]: public.accounts.id: the CHECK that makes SET NOT NULL online is validated by a scan (no write lock) and fails when the column holds NULLs
ALTER TABLE public.accounts ADD CONSTRAINT accounts_id_not_null CHECK (id IS NOT NULL) NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_id_not_null;

COMMIT;

BEGIN;

ALTER TABLE public.accounts ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_id_not_null;

COMMIT;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: accounts_email_region_key on public.accounts: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_region_key ON public.accounts (email, region) INCLUDE (note) NULLS NOT DISTINCT WITH (fillfactor='70', deduplicate_items='off');

BEGIN;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_region_key UNIQUE USING INDEX accounts_email_region_key DEFERRABLE INITIALLY DEFERRED;

COMMIT;

-- WARNING: C110 unique-index-data-dependent [warning; index build]: accounts_pkey on public.accounts: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY accounts_pkey ON public.accounts (id) WITH (fillfactor='90');

BEGIN;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey;

-- WARNING: L112 add-exclusion-constraint [error; ACCESS EXCLUSIVE; index build]: accounts_span_excl on public.accounts: builds and checks an exclusion constraint while the table is locked
ALTER TABLE public.accounts ADD CONSTRAINT accounts_span_excl EXCLUDE USING gist (span WITH &&) WITH (fillfactor='60') WHERE (region IS NOT NULL);

COMMIT;

