-- amount widens: the function reading it must be dropped first and created again after.
CREATE TABLE public.orders (id bigint PRIMARY KEY, amount bigint NOT NULL, note varchar(20));
CREATE FUNCTION public.order_total() RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(amount) FROM public.orders;
END;
-- Body changed, same signature: replaced in place.
CREATE FUNCTION public.double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x + x;
-- Reads the untouched note column only, still bound to orders.
CREATE PROCEDURE public.add_order(i bigint, a integer) LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO public.orders (id, amount) VALUES (i, a);
END;
CREATE FUNCTION public.note_length(i bigint) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT length(note) FROM public.orders WHERE id = i;
END;
CREATE VIEW public.doubled AS SELECT id, public.double_it(amount::integer) AS twice FROM public.orders;
