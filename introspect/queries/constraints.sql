-- Table constraints (primary key, unique, check, foreign key, exclusion) of the tables
-- tables.sql lists. pg_get_constraintdef() gives the text after `CONSTRAINT name`, with
-- NOT VALID when the constraint is not validated. Constraint triggers ('t') are reported
-- by unsupported.sql; NOT NULL constraints ('n', PostgreSQL 18) are columns' not_null.
-- The client sorts the rows.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       con.conname AS constraint_name,
       con.contype AS constraint_type,
       -- pg_get_constraintdef() leaves out the index's storage parameters; they go where
       -- CREATE TABLE takes them, after INCLUDE and before DEFERRABLE.
       CASE WHEN con.contype IN ('p', 'u') AND ci.reloptions IS NOT NULL
            THEN pg_catalog.regexp_replace(
                   pg_catalog.pg_get_constraintdef(con.oid),
                   '^(.*?)((?: NOT)? DEFERRABLE.*| INITIALLY .*)?$',
                   '\1 WITH (' || pg_catalog.array_to_string(ARRAY(
                     SELECT pg_catalog.split_part(o, '=', 1) || '=' ||
                            pg_catalog.quote_literal(pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1))
                     FROM pg_catalog.unnest(ci.reloptions) AS o), ', ') || ')\2')
            ELSE pg_catalog.pg_get_constraintdef(con.oid)
       END AS definition
FROM pg_catalog.pg_constraint AS con
JOIN pg_catalog.pg_class AS c ON c.oid = con.conrelid
LEFT JOIN pg_catalog.pg_class AS ci ON ci.oid = con.conindid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND c.relkind IN ('r', 'p')
  -- A partition's copies of its parent's constraints (a cloned key or foreign key has
  -- conparentid, an inherited or merged CHECK coninhcount) are the parent's. An INHERITS
  -- child keeps a CHECK it declares itself (conislocal) even when a parent has it too.
  AND con.conparentid = 0
  AND (con.coninhcount = 0 OR (con.conislocal AND NOT c.relispartition))
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND c.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  )
