-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 0 with warnings
--     1. drop constraint books_author_id_fkey on public.books
--     2. add constraint books_author_id_fkey on public.books

SET check_function_bodies = false;
SET lock_timeout = '10s';

BEGIN;

ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors (id) ON UPDATE CASCADE ON DELETE SET NULL NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.books VALIDATE CONSTRAINT books_author_id_fkey;

COMMIT;

