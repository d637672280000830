-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. undo: add constraint books_author_id_fkey on public.books
--     2. undo: drop constraint books_author_id_fkey on public.books

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors (id);

COMMIT;

