-- Indexes of tables and materialized views that do not implement a PRIMARY KEY, UNIQUE or
-- EXCLUDE constraint (those come with the constraint). Foreign keys also set conindid (to
-- the referenced index), hence the contype test. The client sorts the rows. An index of a
-- partitioned table prints as `ON ONLY t`; the parser reads it as the cascading index.
SELECT n.nspname AS schema_name,
       i.relname AS index_name,
       t.relname AS table_name,
       t.relkind = 'm' AS on_view,
       pg_catalog.pg_get_indexdef(x.indexrelid) AS definition
FROM pg_catalog.pg_index AS x
JOIN pg_catalog.pg_class AS i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class AS t ON t.oid = x.indrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = i.relnamespace
WHERE t.relkind IN ('r', 'm', 'p')
  -- An index attached to a partitioned parent's index is the parent's, not the partition's.
  AND NOT i.relispartition
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND t.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  )
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_constraint AS con
    WHERE con.conindid = x.indexrelid AND con.contype IN ('p', 'u', 'x')
  )
