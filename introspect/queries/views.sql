-- Views and materialized views. pg_get_viewdef() gives the stored (rewritten) query.
-- `check_option` lives in reloptions but is written as WITH ... CHECK OPTION; the other
-- reloptions (security_barrier, security_invoker) go into WITH (...).
SELECT n.nspname AS schema_name,
       c.relname AS view_name,
       c.relkind = 'm' AS materialized,
       c.relispopulated AS populated,
       pg_catalog.pg_get_viewdef(c.oid) AS definition,
       -- In stored order, which is the order CREATE wrote them (pg_dump keeps it too).
       pg_catalog.array_to_string(ARRAY(
         SELECT o.entry
         FROM pg_catalog.unnest(c.reloptions) WITH ORDINALITY AS o (entry, position)
         WHERE o.entry NOT LIKE 'check\_option=%'
         ORDER BY o.position), ', ') AS options,
       (SELECT o.option_value FROM pg_catalog.pg_options_to_table(c.reloptions) AS o
        WHERE o.option_name = 'check_option') AS check_option
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND c.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  )
ORDER BY n.nspname, c.relname
