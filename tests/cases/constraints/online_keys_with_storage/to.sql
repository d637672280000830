-- A primary key over a nullable column, and a unique constraint with every clause a key
-- may carry that an index can take over (NULLS NOT DISTINCT, INCLUDE, storage parameters,
-- DEFERRABLE): both are added through a concurrently built unique index. An exclusion
-- constraint cannot be; its storage parameters sit before its WHERE.
CREATE TABLE public.accounts (
    id bigint NOT NULL,
    email text,
    region text,
    note text,
    span int4range,
    CONSTRAINT accounts_pkey PRIMARY KEY (id) WITH (fillfactor = 90),
    CONSTRAINT accounts_email_region_key UNIQUE NULLS NOT DISTINCT (email, region) INCLUDE (note)
        WITH (fillfactor = 70, deduplicate_items = off) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT accounts_span_excl EXCLUDE USING gist (span WITH &&) WITH (fillfactor = 60)
        WHERE (region IS NOT NULL)
);
