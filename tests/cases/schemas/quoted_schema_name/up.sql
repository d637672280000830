-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create schema Sales
--     2. create table Sales.Leads

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."Leads" (
    id integer NOT NULL,
    "fullName" text NOT NULL,
    CONSTRAINT "Leads_pkey" PRIMARY KEY (id)
);

COMMIT;

