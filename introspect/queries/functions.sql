-- Functions and procedures as complete CREATE OR REPLACE statements. Aggregates ('a') and
-- window functions ('w') are reported by unsupported.sql.
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
ORDER BY n.nspname, p.proname, p.oid
