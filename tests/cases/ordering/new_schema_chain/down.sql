-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 1 with warnings
--     1. undo: create view crm.open_deals
--     2. undo: add constraint deals_keep_id_fkey on crm.deals
--     3. undo: create table crm.deals  [WARNING]
--     4. undo: create domain crm.money_amount
--     5. undo: create type crm.stage
--     6. undo: create schema crm

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW crm.open_deals;

ALTER TABLE crm.deals DROP CONSTRAINT deals_keep_id_fkey;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: crm.deals: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE crm.deals;

DROP DOMAIN crm.money_amount;

DROP TYPE crm.stage;

DROP SCHEMA crm;

COMMIT;

