-- Domains, one row per CHECK constraint (a domain without checks gives one row whose check
-- fields are NULL). `collation` is set only when it differs from the base type's. Only
-- contype 'c': PostgreSQL 17 also stores the domain's NOT NULL as a constraint ('n'), which
-- typnotnull already says.
SELECT n.nspname AS schema_name,
       t.typname AS domain_name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       t.typnotnull AS not_null,
       pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS default_expr,
       CASE WHEN co.oid IS NULL THEN NULL
            WHEN cn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
            ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation,
       con.conname AS check_name,
       pg_catalog.pg_get_constraintdef(con.oid) AS check_definition
FROM pg_catalog.pg_type AS t
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type AS bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation AS co
  ON co.oid = t.typcollation AND t.typcollation <> bt.typcollation
LEFT JOIN pg_catalog.pg_namespace AS cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_constraint AS con ON con.contypid = t.oid AND con.contype = 'c'
WHERE t.typtype = 'd'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND t.oid NOT IN (
    SELECT x.objid FROM pg_catalog.pg_depend AS x
    WHERE x.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND x.deptype = 'e'
      AND x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
  )
ORDER BY t.oid, con.conname
