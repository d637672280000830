-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. set owner of sequence public.tickets_seq_no_seq
--     2. drop column public.tickets.seq_no  [WARNING]
--     3. drop sequence public.tickets_seq_no_seq  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER SEQUENCE public.tickets_seq_no_seq OWNED BY NONE;

-- WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.tickets.seq_no: drops the column and its data; the reverse restores the column empty
-- WARNING: down.sql re-adds public.tickets.seq_no without its data
ALTER TABLE public.tickets DROP COLUMN seq_no;

-- WARNING: D108 drop-sequence [warning; ACCESS EXCLUSIVE; data loss]: public.tickets_seq_no_seq: drops the sequence; its current value is lost
-- WARNING: down.sql recreates public.tickets_seq_no_seq at its start value, not at its last value
DROP SEQUENCE public.tickets_seq_no_seq;

COMMIT;

