-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: create index public.messages_sender_id_sent_at_idx
--     2. undo: create index public.messages_lower_idx

SET check_function_bodies = false;
SET lock_timeout = '10s';

DROP INDEX CONCURRENTLY public.messages_sender_id_sent_at_idx;

DROP INDEX CONCURRENTLY public.messages_lower_idx;

