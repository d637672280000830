CREATE TYPE public.shape_kind AS ENUM ('circle', 'square');

CREATE TABLE public.shapes (
    id integer PRIMARY KEY,
    kind public.shape_kind NOT NULL,
    size numeric NOT NULL
);

CREATE FUNCTION public.area(k public.shape_kind, s numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE k WHEN 'circle' THEN pi()::numeric * s * s ELSE s * s END $$;
