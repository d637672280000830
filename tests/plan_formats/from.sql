-- The state before the migration: one table with a column that goes away.
CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  legacy_code integer
);
