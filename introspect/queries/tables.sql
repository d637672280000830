-- Plain tables with all their columns, one row per column (a table without columns gives
-- one row whose column fields are NULL). No ORDER BY: sorting 180k wide rows costs the
-- server half a second at 10k tables; the client groups by table_oid and sorts by attnum.
-- Extension members are left out. Partitioned tables come with `partition_key`
-- (pg_get_partkeydef), partitions with their parent and `partition_bound`; the writer does
-- not write a partition's columns (they are its parent's, see unsupported.sql for the
-- differences it cannot express).
-- `collation` is set only when the column's collation differs from its type's, which is
-- when CREATE TABLE needs a COLLATE clause (pg_dump's rule). `identity_options` spells out
-- the identity sequence's options as pg_dump does; the parser decides which it can model.
-- `storage_options` holds pg_class.reloptions ("name=value" lines), written as WITH (...).
-- `replica_identity` is relreplident unless DEFAULT, with the index of USING INDEX;
-- `cluster_index` the index CLUSTER ON marked (pg_index.indisclustered).
-- `inherits` lists the parents of a table that uses INHERITS (not a partition) in
-- inhseqno order, as `schema<US>name` entries separated by <RS> (chr 31 and 30); such a
-- child comes with its local columns only (attislocal): the others are its parents'.
-- `storage` is set only when attstorage differs from the type's typstorage (pg_dump's rule),
-- `compression` only when set (PostgreSQL 14+), `statistics` only when not the default.
SELECT c.oid AS table_oid,
       a.attnum AS attnum,
       n.nspname AS schema_name,
       c.relname AS table_name,
       c.relpersistence = 'u' AS unlogged,
       c.relrowsecurity AS row_security,
       pg_catalog.array_to_string(c.reloptions, E'\n') AS storage_options,
       c.relforcerowsecurity AS force_row_security,
       NULLIF(c.relreplident, 'd') AS replica_identity,
       (SELECT ri.relname FROM pg_catalog.pg_index AS i
        JOIN pg_catalog.pg_class AS ri ON ri.oid = i.indexrelid
        WHERE i.indrelid = c.oid AND i.indisreplident) AS replica_identity_index,
       (SELECT ci.relname FROM pg_catalog.pg_index AS i
        JOIN pg_catalog.pg_class AS ci ON ci.oid = i.indexrelid
        WHERE i.indrelid = c.oid AND i.indisclustered) AS cluster_index,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       pn.nspname AS parent_schema,
       pc.relname AS parent_name,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       inh.parents AS inherits,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS column_type,
       a.attnotnull AS not_null,
       -- A default cannot mention columns, so it is deparsed without the relation: with
       -- it, pg_get_expr builds the table's column-name context on every call (0.9 s for
       -- the 65k defaults of 10,000 tables, against 0.07 s without).
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0) END
         AS default_expr,
       CASE WHEN a.attgenerated = 's' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END
         AS generated_expr,
       a.attidentity AS identity,
       CASE WHEN s.seqrelid IS NOT NULL THEN
         'START WITH ' || s.seqstart || ' INCREMENT BY ' || s.seqincrement ||
         ' MINVALUE ' || s.seqmin || ' MAXVALUE ' || s.seqmax || ' CACHE ' || s.seqcache ||
         CASE WHEN s.seqcycle THEN ' CYCLE' ELSE ' NO CYCLE' END
       END AS identity_options,
       CASE WHEN co.oid IS NULL THEN NULL
            WHEN cn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
            ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation,
       CASE WHEN a.attstorage <> t.typstorage THEN
         CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external'
                           WHEN 'x' THEN 'extended' WHEN 'm' THEN 'main' END
       END AS storage,
--#if server_version >= 140000
       CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END AS compression,
--#else
       NULL::text AS compression,
--#endif
--#if server_version >= 170000
       a.attstattarget AS statistics
--#else
       NULLIF(a.attstattarget, -1) AS statistics
--#endif
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute AS a
  ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND (a.attislocal OR c.relispartition)
LEFT JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef AS ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation AS co
  ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_catalog.pg_namespace AS cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_depend AS di
  ON a.attidentity <> '' AND di.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
 AND di.refobjid = c.oid AND di.refobjsubid = a.attnum AND di.deptype = 'i'
 AND di.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
LEFT JOIN pg_catalog.pg_sequence AS s ON s.seqrelid = di.objid
LEFT JOIN pg_catalog.pg_inherits AS pi ON c.relispartition AND pi.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class AS pc ON pc.oid = pi.inhparent
LEFT JOIN pg_catalog.pg_namespace AS pn ON pn.oid = pc.relnamespace
LEFT JOIN (
  SELECT ii.inhrelid,
         pg_catalog.string_agg(ipn.nspname || pg_catalog.chr(31) || ipc.relname, pg_catalog.chr(30)
                               ORDER BY ii.inhseqno) AS parents
  FROM pg_catalog.pg_inherits AS ii
  JOIN pg_catalog.pg_class AS ic ON ic.oid = ii.inhrelid AND NOT ic.relispartition
  JOIN pg_catalog.pg_class AS ipc ON ipc.oid = ii.inhparent
  JOIN pg_catalog.pg_namespace AS ipn ON ipn.oid = ipc.relnamespace
  GROUP BY ii.inhrelid
) AS inh ON inh.inhrelid = c.oid
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND c.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  )
