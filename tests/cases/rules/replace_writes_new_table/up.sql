-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create table public.graveyard
--     2. replace rule r on public.t

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.graveyard (
    a integer
);

CREATE OR REPLACE RULE r AS ON DELETE TO public.t DO INSTEAD INSERT INTO graveyard SELECT old.a;

COMMIT;

