CREATE TABLE accounts (id integer NOT NULL, code text NOT NULL);
-- The foreign key below is backed by this index, not by a constraint.
CREATE UNIQUE INDEX accounts_code_key ON accounts (code);
CREATE TABLE payments (id integer PRIMARY KEY, account_code text REFERENCES accounts (code));
