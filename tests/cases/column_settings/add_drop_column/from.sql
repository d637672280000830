CREATE TABLE files (
    id bigint PRIMARY KEY,
    old_blob bytea COMPRESSION pglz
);
ALTER TABLE files ALTER COLUMN old_blob SET STORAGE MAIN, ALTER COLUMN old_blob SET STATISTICS 50;
