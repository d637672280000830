-- Installed extensions except plpgsql (created by initdb in every database, so a schema
-- file never mentions it). `default_schema` and `default_comment` let the writer leave out
-- what CREATE EXTENSION would produce by itself: the schema the control file fixes (else
-- the first schema of the default search_path, public) and the control file's comment.
-- `update_paths` lists the version updates the installed scripts allow ("from<TAB>to" lines),
-- so a plan knows whether ALTER EXTENSION ... UPDATE TO can run, and be undone.
SELECT e.extname AS extension_name,
       n.nspname AS schema_name,
       e.extversion AS version,
       coalesce(v.schema::pg_catalog.text, 'public') AS default_schema,
       a.comment AS default_comment,
       (SELECT pg_catalog.string_agg(p.source || E'\t' || p.target, E'\n')
        FROM pg_catalog.pg_extension_update_paths(e.extname) AS p
        WHERE p.path IS NOT NULL) AS update_paths
FROM pg_catalog.pg_extension AS e
JOIN pg_catalog.pg_namespace AS n ON n.oid = e.extnamespace
LEFT JOIN pg_catalog.pg_available_extension_versions AS v
  ON v.name = e.extname AND v.version = e.extversion
LEFT JOIN pg_catalog.pg_available_extensions AS a ON a.name = e.extname
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname
