-- Owners and access control lists of the objects whose owner and ACL the model manages:
-- tables, views, materialized views, sequences, functions, procedures, enum, composite and
-- range types, domains and user schemas (not `public`). One row per object and ACL entry; an object
-- whose ACL is NULL (the built-in default) or empty gives one row with NULL entry fields.
-- Column privileges come as extra rows with `column_name` set. `default_acl` is true when
-- the ACL is NULL: the default for the object's kind, which the writer leaves unsaid.
-- Grantees are role names, or PUBLIC for grantee 0. `args` are the argument types of a
-- function, as the model keys it. Extension members are left out; the client sorts.
WITH objects AS (
  SELECT CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'TABLE' WHEN 'v' THEN 'VIEW'
                        WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'SEQUENCE' END AS kind,
         n.nspname AS schema_name, c.relname AS object_name, '' AS args,
         c.relowner AS owner_oid, c.relacl AS acl, c.oid AS oid,
         'pg_catalog.pg_class'::pg_catalog.regclass AS classid
  FROM pg_catalog.pg_class AS c
  JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
  -- A partition's privileges are its own: GRANT on the parent does not reach it.
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
         n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes),
         p.proowner, p.proacl, p.oid, 'pg_catalog.pg_proc'::pg_catalog.regclass
  FROM pg_catalog.pg_proc AS p
  JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p', 'a')  -- GRANT ... ON FUNCTION also takes an aggregate
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
         n.nspname, t.typname, '', t.typowner, t.typacl, t.oid,
         'pg_catalog.pg_type'::pg_catalog.regclass
  FROM pg_catalog.pg_type AS t
  JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
  WHERE (t.typtype IN ('e', 'd', 'r')
         OR (t.typtype = 'c' AND EXISTS (SELECT FROM pg_catalog.pg_class AS tc
                                          WHERE tc.oid = t.typrelid AND tc.relkind = 'c')))
    AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  UNION ALL
  SELECT 'SCHEMA', '', n.nspname, '', n.nspowner, n.nspacl, n.oid,
         'pg_catalog.pg_namespace'::pg_catalog.regclass
  FROM pg_catalog.pg_namespace AS n
  WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname NOT IN ('information_schema', 'public')
),
members AS (
  SELECT o.* FROM objects AS o
  WHERE NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend AS e
    WHERE e.classid = o.classid AND e.objid = o.oid AND e.deptype = 'e'
      AND e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
  )
)
SELECT m.kind, m.schema_name, m.object_name, m.args,
       pg_catalog.pg_get_userbyid(m.owner_oid) AS owner,
       m.acl IS NULL AS default_acl,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee) END
         AS grantee,
       x.privilege_type, x.is_grantable, NULL::pg_catalog.name AS column_name
FROM members AS m
LEFT JOIN LATERAL pg_catalog.aclexplode(m.acl) AS x ON true
UNION ALL
SELECT m.kind, m.schema_name, m.object_name, '', pg_catalog.pg_get_userbyid(m.owner_oid), false,
       CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee) END,
       x.privilege_type, x.is_grantable, a.attname
FROM members AS m
JOIN pg_catalog.pg_attribute AS a
  ON m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND a.attrelid = m.oid
 AND a.attnum > 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL
CROSS JOIN LATERAL pg_catalog.aclexplode(a.attacl) AS x
