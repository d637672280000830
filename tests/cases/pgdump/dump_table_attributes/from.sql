

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE public.audit (
    id bigint,
    note text
);

ALTER TABLE ONLY public.audit REPLICA IDENTITY FULL;

CREATE TABLE public.documents (
    id bigint NOT NULL,
    email text NOT NULL,
    body text,
    version integer
);
ALTER TABLE ONLY public.documents ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE ONLY public.documents ALTER COLUMN body SET COMPRESSION lz4;
ALTER TABLE ONLY public.documents ALTER COLUMN version SET STATISTICS 500;

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);

ALTER TABLE public.documents CLUSTER ON documents_pkey;

CREATE UNIQUE INDEX documents_email_idx ON public.documents USING btree (email);

ALTER TABLE ONLY public.documents REPLICA IDENTITY USING INDEX documents_email_idx;


