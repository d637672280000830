CREATE TABLE accounts (id integer NOT NULL, code text NOT NULL);
-- Rebuilt with INCLUDE: the foreign key must be dropped before and added after.
CREATE UNIQUE INDEX accounts_code_key ON accounts (code) INCLUDE (id);
CREATE TABLE payments (id integer PRIMARY KEY, account_code text REFERENCES accounts (code));
