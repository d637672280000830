-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 0 with warnings
--     1. create table public.audit_orders
--     2. create table public.audit_users
--     3. create index public.audit_users_user_id

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.audit_orders (
    CONSTRAINT audit_orders_id_key UNIQUE (id),
    CONSTRAINT audit_orders_kind CHECK (note <> 'x'::text)
) INHERITS (public.audit_base);

CREATE TABLE public.audit_users (
    note text DEFAULT 'none'::text NOT NULL,
    user_id integer NOT NULL,
    reason text
) INHERITS (public.audit_base);

COMMENT ON COLUMN public.audit_users.reason IS 'why the row was written';

CREATE INDEX audit_users_user_id ON public.audit_users USING btree (user_id);

COMMIT;

