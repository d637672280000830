-- Extended statistics objects (CREATE STATISTICS), with their statistics target when not
-- the default. pg_get_statisticsobjdef gives the whole CREATE STATISTICS statement.
SELECT n.nspname AS schema_name,
       s.stxname AS name,
       tn.nspname AS table_schema,
       c.relname AS table_name,
       pg_catalog.pg_get_statisticsobjdef(s.oid) AS definition,
--#if server_version >= 170000
       s.stxstattarget AS target
--#else
       NULLIF(s.stxstattarget, -1) AS target
--#endif
FROM pg_catalog.pg_statistic_ext AS s
JOIN pg_catalog.pg_namespace AS n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class AS c ON c.oid = s.stxrelid
JOIN pg_catalog.pg_namespace AS tn ON tn.oid = c.relnamespace
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND s.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
  )
ORDER BY n.nspname, s.stxname
