-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: create policy tenant on app.accounts
--     2. undo: create policy Readers on app.accounts
--     3. undo: create table app.accounts  [WARNING]
--     4. undo: create schema app

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP POLICY tenant ON app.accounts;

DROP POLICY "Readers" ON app.accounts;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: app.accounts: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE app.accounts;

DROP SCHEMA app;

COMMIT;

