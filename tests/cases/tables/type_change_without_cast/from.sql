CREATE TABLE accounts (id integer PRIMARY KEY, external_id integer);
