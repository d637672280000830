-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 1 with warnings
--     1. undo: set owner of sequence audit.log_id_seq
--     2. undo: create table audit.log  [WARNING]
--     3. undo: create sequence audit.log_id_seq
--     4. undo: create schema audit

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER SEQUENCE audit.log_id_seq OWNED BY NONE;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: audit.log: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE audit.log;

DROP SEQUENCE audit.log_id_seq;

DROP SCHEMA audit;

COMMIT;

