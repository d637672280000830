-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 1 with warnings
--     1. add constraint versions_one_lower on public.versions  [WARNING]
--     2. create index public.versions_asc
--     3. create index public.versions_collate
--     4. create index public.versions_latest
--     5. create index public.versions_search

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L112 add-exclusion-constraint [error; ACCESS EXCLUSIVE; index build]: versions_one_lower on public.versions: builds and checks an exclusion constraint while the table is locked
ALTER TABLE public.versions ADD CONSTRAINT versions_one_lower EXCLUDE (lower(num) DESC WITH =);

COMMIT;

CREATE INDEX CONCURRENTLY versions_asc ON public.versions USING btree (lower(num::text), upper(num::text) NULLS FIRST);

CREATE INDEX CONCURRENTLY versions_collate ON public.versions USING btree (lower(num::text) COLLATE "C" text_pattern_ops DESC, (num::text) DESC NULLS LAST);

CREATE INDEX CONCURRENTLY versions_latest ON public.versions USING btree (crate_id, public.semver_key(num::text) DESC NULLS LAST) WHERE NOT yanked;

CREATE INDEX CONCURRENTLY versions_search ON public.versions USING gist (to_tsvector('simple', num) tsvector_ops(siglen=64));

