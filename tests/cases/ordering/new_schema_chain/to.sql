CREATE TABLE public.keep (
    id integer PRIMARY KEY
);

CREATE SCHEMA crm;

CREATE TYPE crm.stage AS ENUM ('lead', 'deal', 'won', 'lost');

CREATE DOMAIN crm.money_amount AS numeric(14,2) CHECK (VALUE >= 0);

CREATE TABLE crm.deals (
    id integer PRIMARY KEY,
    stage crm.stage NOT NULL DEFAULT 'lead',
    amount crm.money_amount,
    keep_id integer REFERENCES public.keep (id)
);

CREATE VIEW crm.open_deals AS SELECT id, amount FROM crm.deals WHERE stage IN ('lead', 'deal');
