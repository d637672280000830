-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create index public.messages_lower_idx
--     2. create index public.messages_sender_id_sent_at_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

CREATE INDEX CONCURRENTLY messages_lower_idx ON public.messages USING btree (lower(sender_id::text));

CREATE INDEX CONCURRENTLY messages_sender_id_sent_at_idx ON public.messages USING btree (sender_id, sent_at);

