-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 1 with warnings
--     1. drop constraint books_author_id_fkey on public.books  [WARNING]
--     2. add constraint books_author_id_fkey on public.books

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: books_author_id_fkey on public.books: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.books DROP CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors (id) ON UPDATE CASCADE ON DELETE SET NULL NOT VALID;

COMMIT;

BEGIN;

ALTER TABLE public.books VALIDATE CONSTRAINT books_author_id_fkey;

COMMIT;

