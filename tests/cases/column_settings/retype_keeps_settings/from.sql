CREATE TABLE notes (
    id integer PRIMARY KEY,
    body character varying(200) COMPRESSION lz4,
    counter integer
);
ALTER TABLE notes ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE notes ALTER COLUMN counter SET STATISTICS 400;
