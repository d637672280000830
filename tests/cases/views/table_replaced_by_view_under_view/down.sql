-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 2 with warnings
--     1. undo: create view billing.unpaid
--     2. undo: create view billing.invoices
--     3. undo: drop table billing.invoices  [WARNING]
--     4. undo: create table billing.invoice_rows  [WARNING]
--     5. undo: drop view billing.unpaid

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW billing.unpaid;

DROP VIEW billing.invoices;

-- WARNING: recreates the structure of billing.invoices, not its rows
CREATE TABLE billing.invoices (
    id bigint NOT NULL,
    total numeric(12,2) NOT NULL,
    paid boolean NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: billing.invoice_rows: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE billing.invoice_rows;

CREATE VIEW billing.unpaid AS SELECT id, total FROM billing.invoices WHERE NOT paid;

COMMIT;

