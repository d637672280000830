-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. undo: drop sequence public.tickets_seq_no_seq  [WARNING]
--     2. undo: drop column public.tickets.seq_no  [WARNING]
--     3. undo: set owner of sequence public.tickets_seq_no_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates public.tickets_seq_no_seq at its start value, not at its last value
CREATE SEQUENCE public.tickets_seq_no_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- WARNING: re-adds public.tickets.seq_no without its data
ALTER TABLE public.tickets ADD COLUMN seq_no integer DEFAULT nextval('public.tickets_seq_no_seq'::regclass) NOT NULL;

ALTER SEQUENCE public.tickets_seq_no_seq OWNED BY public.tickets.seq_no;

COMMIT;

