-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: set owner of sequence public.tickets_id_seq
--     2. undo: add column public.tickets.id  [WARNING]
--     3. undo: create sequence public.tickets_id_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER SEQUENCE public.tickets_id_seq OWNED BY NONE;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.tickets.id: drops the column and its data; the reverse restores the column empty
ALTER TABLE public.tickets DROP COLUMN id;

DROP SEQUENCE public.tickets_id_seq;

COMMIT;

