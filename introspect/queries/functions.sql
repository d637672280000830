-- Functions and procedures as complete CREATE OR REPLACE statements. Aggregates ('a') are
-- read by aggregates.sql, window functions ('w') reported by unsupported.sql. The constructors of range and
-- multirange types belong to their type (an internal dependency): they are not listed.
SELECT n.nspname AS schema_name,
       p.proname AS function_name,
       pg_catalog.pg_get_functiondef(p.oid) AS definition
FROM pg_catalog.pg_proc AS p
JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND p.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
  )
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend AS i
    WHERE i.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND i.objid = p.oid
      AND i.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass AND i.deptype = 'i'
  )
ORDER BY n.nspname, p.proname, p.oid
