-- PostgreSQL stores `DEFAULT NULL` on a varchar(16) column (as NULL::character varying),
-- so pg_dump shows it; on a text column it stores nothing.
CREATE TABLE public.items (
    id integer PRIMARY KEY,
    code varchar(16) DEFAULT NULL,
    note text DEFAULT NULL
);
