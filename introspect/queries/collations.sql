-- Collations in user schemas (CREATE COLLATION), libc and icu providers (others are reported
-- by unsupported.sql). The ICU locale moved from collcollate (12-14) to colliculocale (15-16)
-- and colllocale (17): read through to_jsonb so that one query serves every version.
SELECT n.nspname AS schema_name,
       c.collname AS collation_name,
       CASE c.collprovider WHEN 'i' THEN 'icu' ELSE 'libc' END AS provider,
       c.collisdeterministic AS deterministic,
       CASE WHEN c.collprovider = 'i'
            THEN COALESCE(j.row ->> 'colllocale', j.row ->> 'colliculocale', j.row ->> 'collcollate')
       END AS icu_locale,
       CASE WHEN c.collprovider = 'c' THEN j.row ->> 'collcollate' END AS lc_collate,
       CASE WHEN c.collprovider = 'c' THEN j.row ->> 'collctype' END AS lc_ctype
FROM pg_catalog.pg_collation AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.collnamespace
CROSS JOIN LATERAL (SELECT pg_catalog.to_jsonb(c) AS row) AS j
WHERE c.collprovider IN ('c', 'i')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND c.oid NOT IN (
    SELECT x.objid FROM pg_catalog.pg_depend AS x
    WHERE x.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND x.deptype = 'e'
      AND x.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
  )
ORDER BY n.nspname, c.collname
