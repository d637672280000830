-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: create index public.messages_sender_id_sent_at_idx  [WARNING]
--     2. undo: create index public.messages_lower_idx  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

-- WARNING: D114 drop-index [warning]: public.messages_sender_id_sent_at_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.messages_sender_id_sent_at_idx;

-- WARNING: D114 drop-index [warning]: public.messages_lower_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
DROP INDEX CONCURRENTLY public.messages_lower_idx;

