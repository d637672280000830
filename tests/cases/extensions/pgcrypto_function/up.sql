-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. create extension pgcrypto
--     2. create function public.check_password

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE EXTENSION pgcrypto;

CREATE OR REPLACE FUNCTION public.check_password(uid int, pw text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT password_hash = crypt(pw, password_hash) FROM public.users WHERE id = uid $$;

COMMIT;

