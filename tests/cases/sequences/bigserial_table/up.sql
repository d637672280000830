-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create sequence public.page_views_id_seq
--     2. create table public.page_views
--     3. set owner of sequence public.page_views_id_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SEQUENCE public.page_views_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE public.page_views (
    id bigint DEFAULT nextval('public.page_views_id_seq'::regclass) NOT NULL,
    user_id integer,
    seen_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT page_views_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.page_views_id_seq OWNED BY public.page_views.id;

COMMIT;

