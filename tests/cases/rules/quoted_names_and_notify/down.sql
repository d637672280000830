-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. undo: create rule tell on app.Orders
--     2. undo: create rule Audit It on app.Orders
--     3. undo: create table app.audit  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE tell ON app."Orders";

DROP RULE "Audit It" ON app."Orders";

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: app.audit: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE app.audit;

COMMIT;

