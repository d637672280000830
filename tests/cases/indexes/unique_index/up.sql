-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create index public.users_email_lower_key

SET check_function_bodies = false;
SET lock_timeout = '10s';

CREATE UNIQUE INDEX CONCURRENTLY users_email_lower_key ON public.users USING btree (lower(email));

