-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. set logged state of public.cache_entries  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L119 set-logged-unlogged [warning; ACCESS EXCLUSIVE; rewrite]: public.cache_entries: SET LOGGED/UNLOGGED rewrites the table; an unlogged table is emptied after a crash
ALTER TABLE public.cache_entries SET UNLOGGED;

COMMIT;

