CREATE TABLE public.orders (id bigint PRIMARY KEY, amount integer NOT NULL, note varchar(20));
-- Bodies PostgreSQL parses at CREATE time and binds to the columns they read.
CREATE FUNCTION public.order_total() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(amount) FROM public.orders;
END;
CREATE FUNCTION public.double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
CREATE PROCEDURE public.add_order(i bigint, a integer) LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO public.orders (id, amount) VALUES (i, a);
END;
CREATE TABLE public.old_log (id int);
CREATE FUNCTION public.log_size() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM public.old_log);
