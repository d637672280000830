-- Range types (CREATE TYPE ... AS RANGE), one row each; their multirange types and
-- constructor functions are part of them, never rows of their own. Options PostgreSQL
-- would choose anyway are NULL (the subtype's default operator class and collation) so the
-- written DDL leaves them out, as a schema file usually does. Built-in names are written
-- unqualified, others schema-qualified; the multirange name always (normalize() forgets it
-- when it is the default).
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       pg_catalog.format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN oc.opcdefault THEN NULL
            WHEN ocn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(oc.opcname)
            ELSE pg_catalog.quote_ident(ocn.nspname) || '.' || pg_catalog.quote_ident(oc.opcname)
       END AS subtype_opclass,
       CASE WHEN co.oid IS NULL THEN NULL
            WHEN con.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
            ELSE pg_catalog.quote_ident(con.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation,
       CASE WHEN cp.oid IS NULL THEN NULL
            WHEN cpn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(cp.proname)
            ELSE pg_catalog.quote_ident(cpn.nspname) || '.' || pg_catalog.quote_ident(cp.proname)
       END AS canonical,
       CASE WHEN dp.oid IS NULL THEN NULL
            WHEN dpn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(dp.proname)
            ELSE pg_catalog.quote_ident(dpn.nspname) || '.' || pg_catalog.quote_ident(dp.proname)
       END AS subtype_diff,
--#if server_version >= 140000
       mn.nspname AS multirange_schema,
       mt.typname AS multirange_name
--#else
       NULL::pg_catalog.name AS multirange_schema,
       NULL::pg_catalog.name AS multirange_name
--#endif
FROM pg_catalog.pg_range AS r
JOIN pg_catalog.pg_type AS t ON t.oid = r.rngtypid
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type AS st ON st.oid = r.rngsubtype
JOIN pg_catalog.pg_opclass AS oc ON oc.oid = r.rngsubopc
JOIN pg_catalog.pg_namespace AS ocn ON ocn.oid = oc.opcnamespace
LEFT JOIN pg_catalog.pg_collation AS co
  ON co.oid = r.rngcollation AND r.rngcollation <> st.typcollation
LEFT JOIN pg_catalog.pg_namespace AS con ON con.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_proc AS cp ON cp.oid = r.rngcanonical
LEFT JOIN pg_catalog.pg_namespace AS cpn ON cpn.oid = cp.pronamespace
LEFT JOIN pg_catalog.pg_proc AS dp ON dp.oid = r.rngsubdiff
LEFT JOIN pg_catalog.pg_namespace AS dpn ON dpn.oid = dp.pronamespace
--#if server_version >= 140000
LEFT JOIN pg_catalog.pg_type AS mt ON mt.oid = r.rngmultitypid
LEFT JOIN pg_catalog.pg_namespace AS mn ON mn.oid = mt.typnamespace
--#endif
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND t.oid NOT IN (
    SELECT x.objid FROM pg_catalog.pg_depend AS x
    WHERE x.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND x.deptype = 'e'
      AND x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
  )
ORDER BY t.oid
