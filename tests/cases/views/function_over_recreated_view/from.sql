CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL, balance numeric(12,2));
CREATE VIEW public.rich AS SELECT id, name FROM public.accounts WHERE balance > 1000;
-- Returns the view's row type: PostgreSQL will not drop the view under it.
CREATE FUNCTION public.rich_named(prefix text) RETURNS SETOF public.rich LANGUAGE sql STABLE
AS $$ SELECT * FROM public.rich WHERE name LIKE prefix || '%' $$;
-- Calls that function: goes and comes back with it.
CREATE VIEW public.rich_a AS SELECT id FROM public.rich_named('a');
