-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. create trigger documents_touch on public.documents  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: L121 create-trigger-existing-table [info; SHARE ROW EXCLUSIVE]: documents_touch on public.documents: changes write behaviour of an existing table
CREATE TRIGGER documents_touch BEFORE UPDATE ON public.documents FOR EACH ROW WHEN (old.title IS DISTINCT FROM new.title) EXECUTE FUNCTION public.touch_updated_at();

COMMIT;

