CREATE DOMAIN public.positive_int AS integer;
