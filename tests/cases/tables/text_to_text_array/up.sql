-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. change type of public.posts.tag  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L113 column-type-change-rewrite [error; ACCESS EXCLUSIVE; rewrite]: public.posts.tag: text -> character varying(40)[]: rewrites the table and its indexes; values that do not convert or fit make it fail
ALTER TABLE public.posts ALTER COLUMN tag TYPE character varying(40)[] USING tag::character varying(40)[];

COMMIT;

