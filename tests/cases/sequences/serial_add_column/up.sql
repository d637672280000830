-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. create sequence public.tickets_id_seq
--     2. add column public.tickets.id  [WARNING]
--     3. set owner of sequence public.tickets_id_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SEQUENCE public.tickets_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- WARNING: L116 add-column-serial-or-identity [error; ACCESS EXCLUSIVE; rewrite]: public.tickets.id: a serial or identity column fills every row: the table is rewritten
ALTER TABLE public.tickets ADD COLUMN id integer DEFAULT nextval('public.tickets_id_seq'::regclass) NOT NULL;

ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

COMMIT;

