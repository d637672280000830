CREATE TABLE accounts (id bigint PRIMARY KEY, owner_name text NOT NULL);
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
