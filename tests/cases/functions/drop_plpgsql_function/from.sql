CREATE TABLE public.numbers (
    n integer PRIMARY KEY
);

CREATE FUNCTION public.fib(n integer) RETURNS bigint
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
DECLARE a bigint := 0; b bigint := 1; t bigint;
BEGIN
    FOR i IN 1..n LOOP t := a + b; a := b; b := t; END LOOP;
    RETURN a;
END;
$$;
