CREATE TABLE events (
    id bigint PRIMARY KEY,
    payload jsonb COMPRESSION lz4,
    note text COMPRESSION pglz,
    kind text,
    score numeric,
    created_at timestamp with time zone
);
ALTER TABLE events ALTER COLUMN note SET STORAGE MAIN;
ALTER TABLE events ALTER COLUMN created_at SET STATISTICS 0;
ALTER TABLE events ALTER COLUMN kind SET STATISTICS -1;
