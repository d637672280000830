-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. change type of public.codes.code  [WARNING]
--     2. add column public.codes.sort_key

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.codes.code: text -> text COLLATE "C": rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.codes ALTER COLUMN code TYPE text COLLATE "C";

ALTER TABLE public.codes ADD COLUMN sort_key character varying(20) COLLATE "C";

COMMIT;

