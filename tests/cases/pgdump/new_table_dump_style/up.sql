-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. create sequence public.orders_id_seq
--     2. create table public.orders
--     3. set owner of sequence public.orders_id_seq
--     4. add constraint orders_user_id_fkey on public.orders
--     5. create index public.orders_user_id_idx
--     6. change owner of table public.users

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SEQUENCE public.orders_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

ALTER SEQUENCE public.orders_id_seq OWNER TO postgres;

CREATE TABLE public.orders (
    id integer DEFAULT nextval('public.orders_id_seq'::regclass) NOT NULL,
    user_id integer NOT NULL,
    note text,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

COMMENT ON TABLE public.orders IS 'customer orders';

ALTER TABLE public.orders OWNER TO postgres;

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;

ALTER TABLE public.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);

CREATE INDEX orders_user_id_idx ON public.orders USING btree (user_id);

ALTER TABLE public.users OWNER TO postgres;

COMMIT;

