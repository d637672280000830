CREATE DOMAIN public.quantity AS integer NOT NULL DEFAULT 1;

CREATE DOMAIN public.label AS text;
