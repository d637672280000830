CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text COMPRESSION lz4,
    counter bigint
);
ALTER TABLE notes ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE notes ALTER COLUMN counter SET STATISTICS 400;
