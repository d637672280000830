-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. undo: add values to type public.mood  [WARNING]
--     2. undo: drop table public.feelings  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D110 drop-enum-value [error; ACCESS EXCLUSIVE; rewrite; data loss]: public.mood: recreates the enum without some values and rewrites the columns using it; rows holding a removed value make it fail
ALTER TYPE public.mood RENAME TO mood__pgmorph_old;

CREATE TYPE public.mood AS ENUM ('ok', 'happy');

ALTER TABLE public.kept ALTER COLUMN m TYPE public.mood USING m::text::public.mood;

DROP TYPE public.mood__pgmorph_old;

-- WARNING: recreates the structure of public.feelings, not its rows
CREATE TABLE public.feelings (
    id integer NOT NULL,
    m public.mood NOT NULL,
    CONSTRAINT feelings_pkey PRIMARY KEY (id)
);

COMMIT;

