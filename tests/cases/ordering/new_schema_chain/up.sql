-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 0 with warnings
--     1. create schema crm
--     2. create type crm.stage
--     3. create domain crm.money_amount
--     4. create table crm.deals
--     5. add constraint deals_keep_id_fkey on crm.deals
--     6. create view crm.open_deals

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SCHEMA crm;

CREATE TYPE crm.stage AS ENUM ('lead', 'deal', 'won', 'lost');

CREATE DOMAIN crm.money_amount AS numeric(14,2) CONSTRAINT money_amount_check CHECK (value >= 0);

CREATE TABLE crm.deals (
    id integer NOT NULL,
    stage crm.stage DEFAULT 'lead' NOT NULL,
    amount crm.money_amount,
    keep_id integer,
    CONSTRAINT deals_pkey PRIMARY KEY (id)
);

ALTER TABLE crm.deals ADD CONSTRAINT deals_keep_id_fkey FOREIGN KEY (keep_id) REFERENCES public.keep (id);

CREATE VIEW crm.open_deals AS SELECT id, amount FROM crm.deals WHERE stage IN ('lead', 'deal');

COMMIT;

