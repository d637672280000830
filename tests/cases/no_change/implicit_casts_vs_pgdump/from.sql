-- The forms pg_dump prints: the casts PostgreSQL added when it stored the expressions.
CREATE TABLE public.products (
    id integer NOT NULL,
    code character varying(20) DEFAULT ''::character varying NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    status character varying(16) DEFAULT 'draft'::character varying NOT NULL,
    price numeric(12,2) NOT NULL,
    weight double precision,
    CONSTRAINT products_code_check CHECK ((char_length((code)::text) > 0)),
    CONSTRAINT products_name_check CHECK ((name <> ''::text)),
    CONSTRAINT products_price_check CHECK (((price >= (0)::numeric) AND (price < (1000000)::numeric))),
    CONSTRAINT products_status_check CHECK (((status)::text <> 'deleted'::text)),
    CONSTRAINT products_weight_check CHECK ((weight >= (0)::double precision))
);
CREATE INDEX products_lower_code_idx ON public.products USING btree (lower((code)::text)) WHERE ((status)::text = 'live'::text);
