-- Enum types, one row per label in sort order (an enum without labels gives one row with a
-- NULL label).
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       e.enumlabel AS label
FROM pg_catalog.pg_type AS t
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_enum AS e ON e.enumtypid = t.oid
WHERE t.typtype = 'e'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND t.oid NOT IN (
    SELECT x.objid FROM pg_catalog.pg_depend AS x
    WHERE x.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND x.deptype = 'e'
      AND x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
  )
ORDER BY t.oid, e.enumsortorder
