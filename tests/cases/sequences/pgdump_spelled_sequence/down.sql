-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: set owner of sequence public.notes_id_seq
--     2. undo: create table public.notes  [WARNING]
--     3. undo: create sequence public.notes_id_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER SEQUENCE public.notes_id_seq OWNED BY NONE;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.notes: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.notes;

DROP SEQUENCE public.notes_id_seq;

COMMIT;

