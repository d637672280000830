-- Composite types (CREATE TYPE ... AS (...)), one row per attribute in order (a type without
-- attributes gives one row with NULL attribute columns). `collation` is set only when an
-- attribute's collation differs from its type's, as for table columns.
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       a.attname AS attribute_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS attribute_type,
       CASE WHEN co.oid IS NULL THEN NULL
            WHEN cn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
            ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation
FROM pg_catalog.pg_type AS t
JOIN pg_catalog.pg_class AS c ON c.oid = t.typrelid AND c.relkind = 'c'
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_attribute AS a
  ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_type AS at ON at.oid = a.atttypid
LEFT JOIN pg_catalog.pg_collation AS co
  ON co.oid = a.attcollation AND a.attcollation <> at.typcollation
LEFT JOIN pg_catalog.pg_namespace AS cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'c'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND t.oid NOT IN (
    SELECT x.objid FROM pg_catalog.pg_depend AS x
    WHERE x.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND x.deptype = 'e'
      AND x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
  )
ORDER BY t.oid, a.attnum
