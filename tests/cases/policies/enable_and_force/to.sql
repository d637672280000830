-- Both spellings pg_dump and people use: ONLY, and the flags in two statements.
CREATE TABLE accounts (id bigint PRIMARY KEY, owner_name text NOT NULL);
ALTER TABLE ONLY accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
