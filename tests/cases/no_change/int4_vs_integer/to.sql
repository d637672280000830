CREATE TABLE public.stats (
    id integer PRIMARY KEY,
    big bigint,
    small smallint,
    ratio double precision,
    f real,
    ok boolean,
    ts timestamp with time zone,
    d numeric(8,3),
    name character varying(30)
);
