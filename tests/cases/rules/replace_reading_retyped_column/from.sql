CREATE TABLE jobs (id integer PRIMARY KEY, payload text);
CREATE RULE announce AS ON INSERT TO jobs DO ALSO NOTIFY jobs_new;
