CREATE TABLE public.events (id bigint PRIMARY KEY, payload jsonb) WITH (fillfactor = 70, autovacuum_enabled = off);
CREATE TABLE public.audit (id bigint, at timestamptz);
CREATE TABLE public.legacy (id int) WITH (oids = false);
