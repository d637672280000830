-- Table constraints (primary key, unique, check, foreign key, exclusion) of the tables
-- tables.sql lists. pg_get_constraintdef() gives the text after `CONSTRAINT name`, with
-- NOT VALID when the constraint is not validated. Constraint triggers ('t') are reported
-- by unsupported.sql; NOT NULL constraints ('n', PostgreSQL 18) are columns' not_null.
-- The client sorts the rows.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       con.conname AS constraint_name,
       con.contype AS constraint_type,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition
FROM pg_catalog.pg_constraint AS con
JOIN pg_catalog.pg_class AS c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND c.relkind IN ('r', 'p')
  -- A partition's copies of its parent's constraints (a cloned key or foreign key has
  -- conparentid, an inherited or merged CHECK coninhcount) are the parent's.
  AND con.conparentid = 0 AND con.coninhcount = 0
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND c.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  )
