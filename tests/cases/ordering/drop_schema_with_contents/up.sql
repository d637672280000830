-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 4 with warnings
--     1. drop view legacy.a_things
--     2. set owner of sequence legacy.things_id_seq
--     3. drop table legacy.things  [WARNING]
--     4. drop type legacy.kind  [WARNING]
--     5. drop sequence legacy.things_id_seq  [WARNING]
--     6. drop schema legacy  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW legacy.a_things;

ALTER SEQUENCE legacy.things_id_seq OWNED BY NONE;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: legacy.things: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of legacy.things, not its rows
DROP TABLE legacy.things;

-- WARNING: D111 drop-type [warning]: legacy.kind: drops a type
DROP TYPE legacy.kind;

-- WARNING: D108 drop-sequence [warning; ACCESS EXCLUSIVE; data loss]: legacy.things_id_seq: drops the sequence; its current value is lost
-- WARNING: down.sql recreates legacy.things_id_seq at its start value, not at its last value
DROP SEQUENCE legacy.things_id_seq;

-- WARNING: D103 drop-schema [error; ACCESS EXCLUSIVE; data loss]: legacy: drops the schema
DROP SCHEMA legacy;

COMMIT;

