SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE public.items (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric(10,2) DEFAULT 0 NOT NULL
);

ALTER TABLE public.items OWNER TO postgres;

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_price_check CHECK ((price >= (0)::numeric)) NOT VALID;

COMMENT ON COLUMN public.items.price IS 'net price';
