-- The rule changes in place while its table gains a column it does not read.
CREATE TABLE jobs (id integer PRIMARY KEY, payload text, priority integer);
CREATE RULE keep AS ON DELETE TO jobs DO ALSO NOTIFY jobs_gone;
