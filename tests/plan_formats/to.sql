-- After: a new column, an index built CONCURRENTLY (a step outside any transaction) and
-- the dropped column (hazard D102, with a probe).
CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  nickname text
);
CREATE INDEX accounts_email_idx ON accounts (email);
