CREATE TABLE accounts (
    id integer PRIMARY KEY,
    handle varchar(20) NOT NULL,
    balance numeric(10,2) NOT NULL DEFAULT 0,
    legacy_flags integer
);

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    account_id integer REFERENCES accounts (id),
    message text
);
