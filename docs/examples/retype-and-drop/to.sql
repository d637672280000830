CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    handle varchar(40) NOT NULL,
    balance numeric(10,2) NOT NULL DEFAULT 0
);
