-- Rewrite rules as complete CREATE RULE statements, rendered by pg_get_ruledef() (pretty:
-- the parser canonicalizes the text either way). A view's `_RETURN` rule is the view
-- itself (views.sql). Only enabled INSERT / UPDATE / DELETE rules of tables and views:
-- ON SELECT rules of other relations and disabled (or replica / always) rules are reported
-- by unsupported.sql, extension members are left out.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       r.rulename AS rule_name,
       c.relkind = 'v' AS on_view,
       pg_catalog.pg_get_ruledef(r.oid, true) AS definition
FROM pg_catalog.pg_rewrite AS r
JOIN pg_catalog.pg_class AS c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
  AND r.ev_type IN ('2', '3', '4')
  AND r.ev_enabled = 'O'
  AND c.relkind IN ('r', 'p', 'v')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND c.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  )
ORDER BY n.nspname, c.relname, r.rulename
