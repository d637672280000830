-- A default removed, an OUT column renamed, a name given to an input: none of these can be
-- done by CREATE OR REPLACE in both directions.
CREATE FUNCTION pick(a integer, b integer) RETURNS integer LANGUAGE sql AS 'SELECT a + b';
CREATE FUNCTION pair(OUT low integer, OUT hi integer) LANGUAGE sql AS 'SELECT 1, 2';
CREATE FUNCTION unnamed(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n';
