-- User triggers as complete CREATE TRIGGER statements. Internal triggers (foreign keys)
-- are part of their constraint; constraint triggers and disabled triggers are reported by
-- unsupported.sql. Since PostgreSQL 13 a trigger cloned onto a partition is not internal
-- but has tgparentid set; before, clones were internal.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       t.tgname AS trigger_name,
       c.relkind IN ('v', 'm') AS on_view,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition
FROM pg_catalog.pg_trigger AS t
JOIN pg_catalog.pg_class AS c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND t.tgconstraint = 0
--#if server_version >= 130000
  AND t.tgparentid = 0
--#endif
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND c.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  )
ORDER BY n.nspname, c.relname, t.tgname
