CREATE DOMAIN public.quantity AS integer;

CREATE DOMAIN public.label AS text NOT NULL DEFAULT 'none';
