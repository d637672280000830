
CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;

CREATE TABLE public.customers (
    id bigint NOT NULL
);

CREATE TABLE public.events (
    id bigint NOT NULL,
    name text NOT NULL
)
PARTITION BY LIST (lower(name));

CREATE TABLE public.events_a (
    id bigint NOT NULL,
    name text NOT NULL
);

COMMENT ON TABLE public.events_a IS 'the a events';

CREATE TABLE public.measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    customer_id bigint,
    peaktemp integer DEFAULT 0
)
PARTITION BY RANGE (logdate);

CREATE TABLE public.measurement_2024 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    customer_id bigint,
    peaktemp integer DEFAULT 0,
    CONSTRAINT measurement_2024_warm CHECK ((peaktemp > -50))
);

CREATE TABLE public.measurement_old (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    customer_id bigint,
    peaktemp integer DEFAULT 0
);

CREATE TABLE public.measurement_rest (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    customer_id bigint,
    peaktemp integer DEFAULT 0
);

CREATE TABLE public.orders (
    id bigint NOT NULL,
    region text NOT NULL
)
PARTITION BY LIST (region);

CREATE TABLE public.orders_eu (
    id bigint NOT NULL,
    region text NOT NULL
);

CREATE TABLE public.orders_us (
    id bigint NOT NULL,
    region text NOT NULL
)
PARTITION BY HASH (id);

CREATE TABLE public.orders_us_0 (
    id bigint NOT NULL,
    region text NOT NULL
);

CREATE TABLE public.orders_us_1 (
    id bigint NOT NULL,
    region text NOT NULL
);

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_a FOR VALUES IN ('a');

ALTER TABLE ONLY public.measurement ATTACH PARTITION public.measurement_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

ALTER TABLE ONLY public.measurement ATTACH PARTITION public.measurement_old FOR VALUES FROM (MINVALUE) TO ('2024-01-01');

ALTER TABLE ONLY public.measurement ATTACH PARTITION public.measurement_rest DEFAULT;

ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_eu FOR VALUES IN ('FR', NULL);

ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_us FOR VALUES IN ('US', 'CA');

ALTER TABLE ONLY public.orders_us ATTACH PARTITION public.orders_us_0 FOR VALUES WITH (modulus 2, remainder 0);

ALTER TABLE ONLY public.orders_us ATTACH PARTITION public.orders_us_1 FOR VALUES WITH (modulus 2, remainder 1);

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.measurement
    ADD CONSTRAINT measurement_pkey PRIMARY KEY (city_id, logdate);

ALTER TABLE ONLY public.measurement_2024
    ADD CONSTRAINT measurement_2024_pkey PRIMARY KEY (city_id, logdate);

ALTER TABLE ONLY public.measurement_old
    ADD CONSTRAINT measurement_old_pkey PRIMARY KEY (city_id, logdate);

ALTER TABLE ONLY public.measurement_rest
    ADD CONSTRAINT measurement_rest_pkey PRIMARY KEY (city_id, logdate);

CREATE INDEX measurement_2024_city ON public.measurement_2024 USING btree (city_id);

CREATE INDEX measurement_peaktemp ON ONLY public.measurement USING btree (peaktemp);

CREATE INDEX measurement_2024_peaktemp_idx ON public.measurement_2024 USING btree (peaktemp);

CREATE INDEX measurement_old_peaktemp_idx ON public.measurement_old USING btree (peaktemp);

CREATE INDEX measurement_rest_peaktemp_idx ON public.measurement_rest USING btree (peaktemp);

ALTER INDEX public.measurement_peaktemp ATTACH PARTITION public.measurement_2024_peaktemp_idx;

ALTER INDEX public.measurement_pkey ATTACH PARTITION public.measurement_2024_pkey;

ALTER INDEX public.measurement_peaktemp ATTACH PARTITION public.measurement_old_peaktemp_idx;

ALTER INDEX public.measurement_pkey ATTACH PARTITION public.measurement_old_pkey;

ALTER INDEX public.measurement_peaktemp ATTACH PARTITION public.measurement_rest_peaktemp_idx;

ALTER INDEX public.measurement_pkey ATTACH PARTITION public.measurement_rest_pkey;

CREATE TRIGGER measurement_touch BEFORE INSERT ON public.measurement FOR EACH ROW EXECUTE FUNCTION public.touch();

ALTER TABLE public.measurement
    ADD CONSTRAINT measurement_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);

