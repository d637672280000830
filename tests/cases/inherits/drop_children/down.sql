-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 3 statement(s), 2 with warnings
--     1. undo: drop table public.audit_users  [WARNING]
--     2. undo: drop table public.audit_orders  [WARNING]
--     3. undo: drop index public.audit_users_user_id

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.audit_users, not its rows
CREATE TABLE public.audit_users (
    note text DEFAULT 'none'::text NOT NULL,
    user_id integer NOT NULL,
    reason text
) INHERITS (public.audit_base);

COMMENT ON COLUMN public.audit_users.reason IS 'why the row was written';

-- WARNING: recreates the structure of public.audit_orders, not its rows
CREATE TABLE public.audit_orders (
    CONSTRAINT audit_orders_id_key UNIQUE (id),
    CONSTRAINT audit_orders_kind CHECK (note <> 'x'::text)
) INHERITS (public.audit_base);

CREATE INDEX audit_users_user_id ON public.audit_users USING btree (user_id);

COMMIT;

