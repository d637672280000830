-- pg_dump writes this line; plpgsql is in every database, so it changes nothing.
CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;
CREATE TABLE t (a integer);
