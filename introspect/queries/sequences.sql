-- Sequences with every option, and the column that owns them (OWNED BY, dependency type
-- 'a'). Identity sequences (dependency type 'i') are part of their column and left out.
SELECT n.nspname AS schema_name,
       c.relname AS sequence_name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqstart AS start_value,
       s.seqcache AS cache_size,
       s.seqcycle AS cycle,
       tn.nspname AS owner_schema,
       tc.relname AS owner_table,
       ta.attname AS owner_column
FROM pg_catalog.pg_sequence AS s
JOIN pg_catalog.pg_class AS c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend AS d
  ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
 AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid > 0
 AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class AS tc ON tc.oid = d.refobjid
LEFT JOIN pg_catalog.pg_namespace AS tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_catalog.pg_attribute AS ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
WHERE (d.deptype IS NULL OR d.deptype = 'a')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND c.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  )
ORDER BY n.nspname, c.relname
