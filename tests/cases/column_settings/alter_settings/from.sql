CREATE TABLE events (
    id bigint PRIMARY KEY,
    payload jsonb COMPRESSION pglz,
    note text,
    kind text,
    score numeric,
    created_at timestamp with time zone
);
ALTER TABLE events ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE events ALTER COLUMN kind SET STATISTICS 2000;
ALTER TABLE events ALTER COLUMN score SET STORAGE EXTENDED;
