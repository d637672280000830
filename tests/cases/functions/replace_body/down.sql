-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: replace function public.greet
--     2. undo: replace function public.add_tax

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.greet(who text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN 'Hello, ' || who;
END;
$$;

CREATE OR REPLACE FUNCTION public.add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.10 $$;

COMMIT;

