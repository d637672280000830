-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 6 statement(s), 2 with warnings
--     1. undo: drop schema legacy
--     2. undo: drop sequence legacy.things_id_seq  [WARNING]
--     3. undo: drop type legacy.kind
--     4. undo: drop table legacy.things  [WARNING]
--     5. undo: set owner of sequence legacy.things_id_seq
--     6. undo: drop view legacy.a_things

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE SCHEMA legacy;

-- WARNING: recreates legacy.things_id_seq at its start value, not at its last value
CREATE SEQUENCE legacy.things_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

CREATE TYPE legacy.kind AS ENUM ('a', 'b');

-- WARNING: recreates the structure of legacy.things, not its rows
CREATE TABLE legacy.things (
    id integer DEFAULT nextval('legacy.things_id_seq'::regclass) NOT NULL,
    kind legacy.kind NOT NULL,
    CONSTRAINT things_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE legacy.things_id_seq OWNED BY legacy.things.id;

CREATE VIEW legacy.a_things AS SELECT id FROM legacy.things WHERE kind = 'a';

COMMIT;

