CREATE TABLE accounts (id bigint PRIMARY KEY, balance numeric NOT NULL DEFAULT 0, closed boolean NOT NULL DEFAULT false);
CREATE TABLE account_events (account_id bigint NOT NULL, event text NOT NULL);
