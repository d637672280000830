-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 16 statement(s), 0 with warnings
--     1. create function public.touch
--     2. create table public.events
--     3. create table public.events_a
--     4. create table public.measurement
--     5. create table public.measurement_2024
--     6. create table public.measurement_old
--     7. create table public.measurement_rest
--     8. create table public.orders
--     9. create table public.orders_eu
--    10. create table public.orders_us
--    11. create table public.orders_us_0
--    12. create table public.orders_us_1
--    13. add constraint measurement_customer_id_fkey on public.measurement
--    14. create index public.measurement_2024_city
--    15. create index public.measurement_peaktemp
--    16. create trigger measurement_touch on public.measurement

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

CREATE TABLE public.events (
    id bigint NOT NULL,
    name text NOT NULL
) PARTITION BY LIST (lower(name));

CREATE TABLE public.events_a PARTITION OF public.events FOR VALUES IN ('a');

COMMENT ON TABLE public.events_a IS 'the a events';

CREATE TABLE public.measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    customer_id bigint,
    peaktemp integer DEFAULT 0,
    CONSTRAINT measurement_pkey PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);

CREATE TABLE public.measurement_2024 PARTITION OF public.measurement (
    CONSTRAINT measurement_2024_warm CHECK (peaktemp > -50)
) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE public.measurement_old PARTITION OF public.measurement FOR VALUES FROM (MINVALUE) TO ('2024-01-01');

CREATE TABLE public.measurement_rest PARTITION OF public.measurement DEFAULT;

CREATE TABLE public.orders (
    id bigint NOT NULL,
    region text NOT NULL
) PARTITION BY LIST (region);

CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('FR', NULL);

CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('US', 'CA') PARTITION BY HASH (id);

CREATE TABLE public.orders_us_0 PARTITION OF public.orders_us FOR VALUES WITH (modulus 2, remainder 0);

CREATE TABLE public.orders_us_1 PARTITION OF public.orders_us FOR VALUES WITH (modulus 2, remainder 1);

ALTER TABLE public.measurement ADD CONSTRAINT measurement_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);

CREATE INDEX measurement_2024_city ON public.measurement_2024 USING btree (city_id);

CREATE INDEX measurement_peaktemp ON public.measurement USING btree (peaktemp);

CREATE TRIGGER measurement_touch BEFORE INSERT ON public.measurement FOR EACH ROW EXECUTE FUNCTION public.touch();

COMMIT;

