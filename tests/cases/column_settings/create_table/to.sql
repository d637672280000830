CREATE TABLE documents (
    id bigint PRIMARY KEY,
    title text COMPRESSION pglz NOT NULL,
    body text COMPRESSION lz4,
    raw bytea,
    tags text[],
    amount numeric(12,2),
    version integer
);
ALTER TABLE documents ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE documents ALTER COLUMN raw SET STORAGE external;
-- The type's own storage: no setting at all.
ALTER TABLE documents ALTER COLUMN tags SET STORAGE EXTENDED;
ALTER TABLE documents ALTER COLUMN amount SET STORAGE main;
ALTER TABLE documents ALTER COLUMN version SET STATISTICS 500;
ALTER TABLE documents ALTER COLUMN title SET STATISTICS 1000, ALTER COLUMN title SET STORAGE EXTERNAL;
