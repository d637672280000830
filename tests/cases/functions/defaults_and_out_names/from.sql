CREATE FUNCTION pick(a integer, b integer DEFAULT 0) RETURNS integer LANGUAGE sql AS 'SELECT a + b';
CREATE FUNCTION pair(OUT lo integer, OUT hi integer) LANGUAGE sql AS 'SELECT 1, 2';
CREATE FUNCTION unnamed(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1';
