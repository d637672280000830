CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_idx;

CREATE TABLE audit_log (id bigint, entry text);

CREATE TABLE scratch (id bigint PRIMARY KEY);
ALTER TABLE scratch REPLICA IDENTITY FULL;
