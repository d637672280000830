CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_idx;

CREATE TABLE audit_log (id bigint, entry text);
ALTER TABLE audit_log REPLICA IDENTITY FULL;

CREATE TABLE scratch (id bigint);
ALTER TABLE scratch REPLICA IDENTITY NOTHING;

CREATE TABLE orders (id bigint NOT NULL, code text NOT NULL, CONSTRAINT orders_code_key UNIQUE (code));
ALTER TABLE orders REPLICA IDENTITY USING INDEX orders_code_key;
