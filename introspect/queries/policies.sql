-- Row-level security policies, one row per role of each policy (in polroles order; a
-- policy for PUBLIC has the single role 0, given as NULL here). The server renders both
-- expressions against the policy's table. Only policies of the tables tables.sql reads:
-- partitioned tables are reported by unsupported.sql, extension members left out.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       p.polname AS policy_name,
       p.polpermissive AS permissive,
       p.polcmd AS command,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expr,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr,
       r.rolname AS role_name
FROM pg_catalog.pg_policy AS p
JOIN pg_catalog.pg_class AS c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
CROSS JOIN LATERAL pg_catalog.unnest(p.polroles) WITH ORDINALITY AS u (role_oid, position)
LEFT JOIN pg_catalog.pg_roles AS r ON r.oid = u.role_oid
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND c.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  )
ORDER BY n.nspname, c.relname, p.polname, u.position
