CREATE TABLE documents (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    body text COMPRESSION lz4,
    version integer
);
CREATE UNIQUE INDEX documents_email_idx ON documents (email);
ALTER TABLE documents ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE documents ALTER COLUMN version SET STATISTICS 500;
ALTER TABLE documents REPLICA IDENTITY USING INDEX documents_email_idx;
ALTER TABLE documents CLUSTER ON documents_pkey;
CREATE TABLE audit (id bigint, note text);
ALTER TABLE audit REPLICA IDENTITY FULL;
