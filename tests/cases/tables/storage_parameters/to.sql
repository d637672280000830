-- fillfactor changes, autovacuum_enabled goes back to the default, a scale factor is added.
CREATE TABLE public.events (id bigint PRIMARY KEY, payload jsonb)
  WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE public.audit (id bigint, at timestamptz);
-- The same as WITH (...) in CREATE TABLE.
ALTER TABLE public.audit SET (autovacuum_analyze_threshold = 1000, parallel_workers = 2);
ALTER TABLE public.audit RESET (parallel_workers);
CREATE TABLE public.legacy (id int);
CREATE TABLE public.queue (id bigint) WITH (fillfactor = 50);
