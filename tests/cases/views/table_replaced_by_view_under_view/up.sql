-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 1 with warnings
--     1. drop view billing.unpaid
--     2. create table billing.invoice_rows
--     3. drop table billing.invoices  [WARNING]
--     4. create view billing.invoices
--     5. create view billing.unpaid

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW billing.unpaid;

CREATE TABLE billing.invoice_rows (
    id bigint NOT NULL,
    total numeric(12,2) NOT NULL,
    paid boolean NOT NULL,
    CONSTRAINT invoice_rows_pkey PRIMARY KEY (id)
);

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: billing.invoices: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of billing.invoices, not its rows
DROP TABLE billing.invoices;

CREATE VIEW billing.invoices AS SELECT id, total, paid FROM billing.invoice_rows;

CREATE VIEW billing.unpaid AS SELECT id, total FROM billing.invoices WHERE NOT paid;

COMMIT;

