-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. create schema audit
--     2. create sequence audit.log_id_seq
--     3. create table audit.log
--     4. set owner of sequence audit.log_id_seq

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SCHEMA audit;

CREATE SEQUENCE audit.log_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE audit.log (
    id bigint DEFAULT nextval('audit.log_id_seq'::regclass) NOT NULL,
    table_name text NOT NULL,
    logged_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT log_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE audit.log_id_seq OWNED BY audit.log.id;

COMMIT;

