-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 1 with warnings
--     1. undo: drop table public.documents  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.documents, not its rows
CREATE TABLE public.documents (
    id bigint NOT NULL,
    title text COMPRESSION pglz NOT NULL,
    body text COMPRESSION lz4,
    raw bytea,
    tags text[],
    amount numeric(12,2),
    version integer,
    CONSTRAINT documents_pkey PRIMARY KEY (id)
);

ALTER TABLE public.documents ALTER COLUMN title SET STORAGE EXTERNAL;

ALTER TABLE public.documents ALTER COLUMN title SET STATISTICS 1000;

ALTER TABLE public.documents ALTER COLUMN body SET STORAGE MAIN;

ALTER TABLE public.documents ALTER COLUMN raw SET STORAGE EXTERNAL;

ALTER TABLE public.documents ALTER COLUMN version SET STATISTICS 500;

COMMIT;

