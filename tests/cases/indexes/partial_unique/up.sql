-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. create index public.subscriptions_one_active

SET check_function_bodies = false;
SET lock_timeout = '10s';

CREATE UNIQUE INDEX CONCURRENTLY subscriptions_one_active ON public.subscriptions USING btree (user_id) WHERE active;

