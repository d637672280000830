-- User schemas. `public` is implicit in the model and never listed; `pg_*` names are
-- reserved for system schemas (pg_catalog, pg_toast*, pg_temp*), so one prefix test excludes
-- them all. Schemas created by an extension belong to it.
SELECT n.nspname AS schema_name
FROM pg_catalog.pg_namespace AS n
WHERE n.nspname NOT LIKE 'pg\_%'
  AND n.nspname NOT IN ('information_schema', 'public')
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend AS e
    WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
      AND e.objid = n.oid AND e.deptype = 'e'
      AND e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
  )
ORDER BY n.nspname
