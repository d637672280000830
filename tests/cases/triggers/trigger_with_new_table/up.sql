-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 1 with warnings
--     1. create function public.log_user_change
--     2. create table public.user_audit
--     3. create trigger users_audit on public.users  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE OR REPLACE FUNCTION public.log_user_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.user_audit (user_id) VALUES (NEW.id);
    RETURN NULL;
END;
$$;

CREATE TABLE public.user_audit (
    user_id integer NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL
);

-- WARNING: L121 create-trigger-existing-table [info; SHARE ROW EXCLUSIVE]: users_audit on public.users: changes write behaviour of an existing table
CREATE TRIGGER users_audit AFTER INSERT OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.log_user_change();

COMMIT;

