-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. create index public.users_email_lower_key  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: C110 unique-index-data-dependent [warning; index build]: public.users_email_lower_key: a new unique index fails on duplicates already in the table
CREATE UNIQUE INDEX CONCURRENTLY users_email_lower_key ON public.users USING btree (lower(email));

