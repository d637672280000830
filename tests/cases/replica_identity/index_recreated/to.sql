CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    tenant integer NOT NULL
);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (tenant, email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_idx;
