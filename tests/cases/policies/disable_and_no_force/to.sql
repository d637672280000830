-- accounts: both off (DISABLE spelled out); notes: still enabled, no longer forced.
CREATE TABLE accounts (id bigint PRIMARY KEY, owner_name text NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts DISABLE ROW LEVEL SECURITY;
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
