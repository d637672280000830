-- Everything in user schemas (and database-wide user objects) that the model cannot
-- represent, one row per finding: `reason` completes the sentence "<object>: <reason>".
-- Reporting them is what keeps a diff from lying by omission. Extension members are
-- excluded like everywhere else; ownership, privileges and security labels are out of
-- scope on purpose and not listed.
WITH ext AS (
  SELECT classid, objid FROM pg_catalog.pg_depend
  WHERE refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND deptype = 'e'
),
user_ns AS (
  SELECT oid FROM pg_catalog.pg_namespace
  WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
),
rel AS (
  SELECT c.oid, c.relkind, c.relispartition, c.reloftype, c.reloptions, c.reltablespace,
         c.relreplident, c.relam, c.relpersistence,
         (SELECT t.reloptions FROM pg_catalog.pg_class AS t WHERE t.oid = c.reltoastrelid) AS toast_options
  FROM pg_catalog.pg_class AS c
  WHERE c.relnamespace IN (SELECT oid FROM user_ns)
    AND NOT EXISTS (SELECT FROM ext
                    WHERE ext.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND ext.objid = c.oid)
),
found (reason, classid, objid, objsubid) AS (
  -- One row per relation with a problem; the CASE names the first one found.
  SELECT CASE
           WHEN rel.relkind = 'f' THEN 'foreign tables are not supported'
           WHEN rel.reloftype <> 0 THEN 'typed tables (OF type) are not supported'
           WHEN rel.relkind = 'S' THEN 'unlogged sequences are not supported'
           WHEN rel.toast_options IS NOT NULL
             THEN 'storage parameters of the TOAST table (toast.*) are not supported'
           WHEN rel.reltablespace <> 0 THEN 'tablespaces are not supported'
           ELSE 'table access methods other than heap are not supported'
         END,
         'pg_catalog.pg_class'::pg_catalog.regclass, rel.oid, 0
  FROM rel
  LEFT JOIN pg_catalog.pg_am AS am ON am.oid = rel.relam
  WHERE rel.relkind = 'f'
     OR (rel.relkind = 'r' AND rel.reloftype <> 0)
     OR (rel.relkind = 'S' AND rel.relpersistence = 'u')
     OR (rel.relkind IN ('r', 'm') AND rel.toast_options IS NOT NULL)
     OR (rel.relkind IN ('r', 'm', 'i') AND rel.reltablespace <> 0)
     OR (rel.relkind IN ('r', 'm') AND am.amname <> 'heap')
  UNION ALL
  -- INHERITS: a child's model holds its local columns (tables.sql); a column it only
  -- inherits must be as its parent's (PostgreSQL copies type, default, NOT NULL and STORAGE
  -- when the child is created, and ALTER TABLE on the parent recurses), and a merged local
  -- column without a default must not hide a parent's (the parser would give it that one).
  SELECT CASE WHEN a.attislocal
                THEN 'a merged column without the default its parent''s column has is not supported'
              ELSE 'an inherited column with a default, NOT NULL, STORAGE or statistics target of its own is not supported'
         END,
         'pg_catalog.pg_class'::pg_catalog.regclass, a.attrelid, a.attnum
  FROM pg_catalog.pg_attribute AS a
  JOIN rel ON rel.oid = a.attrelid AND NOT rel.relispartition AND rel.relkind = 'r'
  LEFT JOIN pg_catalog.pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount > 0
    AND CASE WHEN a.attislocal THEN
          d.oid IS NULL AND EXISTS (
            SELECT FROM pg_catalog.pg_inherits AS i
            JOIN pg_catalog.pg_attribute AS pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname
            JOIN pg_catalog.pg_attrdef AS pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
            WHERE i.inhrelid = a.attrelid)
        ELSE NOT EXISTS (
            SELECT FROM pg_catalog.pg_inherits AS i
            JOIN pg_catalog.pg_attribute AS pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname
            LEFT JOIN pg_catalog.pg_attrdef AS pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
            WHERE i.inhrelid = a.attrelid
              -- A child's PRIMARY KEY makes an inherited column NOT NULL there.
              AND (pa.attnotnull = a.attnotnull
                   OR (a.attnotnull AND EXISTS (
                         SELECT FROM pg_catalog.pg_constraint AS pk
                         WHERE pk.conrelid = a.attrelid AND pk.contype = 'p' AND a.attnum = ANY (pk.conkey))))
              AND pa.attstorage = a.attstorage
              -- A new child gets no statistics target, whatever its parent's.
--#if server_version >= 170000
              AND a.attstattarget IS NULL
--#else
              AND a.attstattarget = -1
--#endif
              AND pg_catalog.pg_get_expr(pd.adbin, pd.adrelid) IS NOT DISTINCT FROM pg_catalog.pg_get_expr(d.adbin, d.adrelid))
        END
  UNION ALL
  -- One row per column with a problem, as above. STORAGE, COMPRESSION and statistics
  -- targets are modelled on tables (tables.sql), not on materialized views.
  SELECT CASE
           WHEN a.attoptions IS NOT NULL THEN 'column options (SET (...)) are not supported'
           WHEN rel.relkind = 'v' THEN 'column defaults on views are not supported'
           WHEN a.attstorage <> t.typstorage THEN 'column STORAGE is not supported'
--#if server_version >= 140000
           WHEN a.attcompression <> ''::"char" THEN 'column COMPRESSION is not supported'
--#endif
           ELSE 'column statistics targets are not supported'
         END,
         'pg_catalog.pg_class'::pg_catalog.regclass, a.attrelid, a.attnum
  FROM pg_catalog.pg_attribute AS a
  JOIN rel ON rel.oid = a.attrelid
  JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid
  WHERE a.attnum > 0 AND NOT a.attisdropped AND rel.relkind IN ('r', 'p', 'm', 'v')
    AND (a.attoptions IS NOT NULL
         OR (rel.relkind = 'v' AND a.atthasdef)
         OR (rel.relkind = 'm' AND (a.attstorage <> t.typstorage
--#if server_version >= 140000
                                    OR a.attcompression <> ''::"char"
--#endif
--#if server_version >= 170000
                                    OR a.attstattarget IS NOT NULL)))
--#else
                                    OR a.attstattarget <> -1)))
--#endif
  UNION ALL
  -- A partition's columns are its parent's in the model, STORAGE and COMPRESSION included
  -- (PostgreSQL copies them when the partition is created and ALTER recurses); a target the
  -- partition sets for itself is not modelled (it does not inherit the parent's).
  SELECT CASE WHEN a.attstorage <> pa.attstorage
                THEN 'a partition column STORAGE that differs from its parent''s is not supported'
--#if server_version >= 140000
              WHEN a.attcompression <> pa.attcompression
                THEN 'a partition column COMPRESSION that differs from its parent''s is not supported'
--#endif
              ELSE 'a partition column statistics target that differs from its parent''s is not supported' END,
         'pg_catalog.pg_class'::pg_catalog.regclass, a.attrelid, a.attnum
  FROM pg_catalog.pg_attribute AS a
  JOIN rel ON rel.oid = a.attrelid AND rel.relispartition
  JOIN pg_catalog.pg_inherits AS i ON i.inhrelid = a.attrelid
  JOIN pg_catalog.pg_attribute AS pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname
  WHERE a.attnum > 0 AND NOT a.attisdropped
    AND (a.attstorage <> pa.attstorage
--#if server_version >= 140000
         OR a.attcompression <> pa.attcompression
--#endif
--#if server_version >= 170000
         OR (a.attstattarget IS NOT NULL AND a.attstattarget IS DISTINCT FROM pa.attstattarget))
--#else
         OR (a.attstattarget <> -1 AND a.attstattarget <> pa.attstattarget))
--#endif
  UNION ALL
  -- The model gives a partition exactly its parent's columns (tables.sql).
  -- (PostgreSQL 17 gives partitions their parent's identity; 15 does not.)
  SELECT CASE WHEN a.attnotnull <> pa.attnotnull
                THEN 'a partition column NOT NULL that its parent''s column is not is not supported'
--#if server_version >= 170000
--#else
              WHEN a.attidentity <> '' THEN 'identity columns of partitions are not supported'
--#endif
              ELSE 'a partition column default that differs from its parent''s is not supported' END,
         'pg_catalog.pg_class'::pg_catalog.regclass, a.attrelid, a.attnum
  FROM pg_catalog.pg_attribute AS a
  JOIN rel ON rel.oid = a.attrelid AND rel.relispartition
  JOIN pg_catalog.pg_inherits AS i ON i.inhrelid = a.attrelid
  JOIN pg_catalog.pg_attribute AS pa ON pa.attrelid = i.inhparent AND pa.attname = a.attname
  LEFT JOIN pg_catalog.pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_attrdef AS pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
  WHERE a.attnum > 0 AND NOT a.attisdropped
    AND (a.attnotnull <> pa.attnotnull
         OR pg_catalog.pg_get_expr(d.adbin, d.adrelid) IS DISTINCT FROM pg_catalog.pg_get_expr(pd.adbin, pd.adrelid)
--#if server_version >= 170000
--#else
         OR a.attidentity <> ''
--#endif
        )
  UNION ALL
  -- rules.sql reads the other rules of tables and views.
  SELECT CASE WHEN r.ev_type = '1' THEN 'ON SELECT rules are not supported'
              WHEN r.ev_enabled <> 'O' THEN 'disabled (or replica/always) rules are not supported'
              ELSE 'rules on this kind of relation are not supported' END,
         'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid, 0
  FROM pg_catalog.pg_rewrite AS r
  JOIN rel ON rel.oid = r.ev_class
  WHERE r.rulename <> '_RETURN'
    AND (r.ev_type = '1' OR r.ev_enabled <> 'O' OR rel.relkind NOT IN ('r', 'p', 'v'))
  UNION ALL
  SELECT CASE WHEN t.tgconstraint <> 0 THEN 'constraint triggers are not supported'
              ELSE 'disabled (or replica/always) triggers are not supported' END,
         'pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, 0
  FROM pg_catalog.pg_trigger AS t
  JOIN rel ON rel.oid = t.tgrelid
  WHERE NOT t.tgisinternal
--#if server_version >= 130000
    AND t.tgparentid = 0
--#endif
    AND (t.tgconstraint <> 0 OR t.tgenabled <> 'O')
  UNION ALL
  SELECT CASE t.typtype WHEN 'p' THEN 'shell types are not supported'
                        ELSE 'base types are not supported' END,
         'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 0
  FROM pg_catalog.pg_type AS t
  LEFT JOIN pg_catalog.pg_class AS c ON c.oid = t.typrelid
  WHERE t.typnamespace IN (SELECT oid FROM user_ns)
    AND (t.typtype = 'p'
         -- Array types (category A) come with their element type, which is reported.
         OR (t.typtype = 'b' AND t.typcategory <> 'A'))
    AND NOT EXISTS (SELECT FROM ext
                    WHERE ext.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND ext.objid = t.oid)
  UNION ALL
  SELECT 'window functions are not supported',
         'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0
  FROM pg_catalog.pg_proc AS p
  WHERE p.prokind = 'w' AND p.pronamespace IN (SELECT oid FROM user_ns)
    AND NOT EXISTS (SELECT FROM ext
                    WHERE ext.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                      AND ext.objid = p.oid)
  UNION ALL
  -- Schema-qualified object kinds the model has no place for.
  SELECT o.kind || ' are not supported', o.classid, o.objid, 0
  FROM (
    SELECT 'operators', 'pg_catalog.pg_operator'::pg_catalog.regclass, oid, oprnamespace
    FROM pg_catalog.pg_operator
    UNION ALL SELECT 'operator classes', 'pg_catalog.pg_opclass'::pg_catalog.regclass, oid,
                     opcnamespace FROM pg_catalog.pg_opclass
    UNION ALL SELECT 'operator families', 'pg_catalog.pg_opfamily'::pg_catalog.regclass, oid,
                     opfnamespace FROM pg_catalog.pg_opfamily
    UNION ALL SELECT 'collations (other than libc and icu)', 'pg_catalog.pg_collation'::pg_catalog.regclass,
                     oid, collnamespace FROM pg_catalog.pg_collation WHERE collprovider NOT IN ('c', 'i')
    UNION ALL SELECT 'conversions', 'pg_catalog.pg_conversion'::pg_catalog.regclass, oid,
                     connamespace FROM pg_catalog.pg_conversion
    UNION ALL SELECT 'text search configurations', 'pg_catalog.pg_ts_config'::pg_catalog.regclass,
                     oid, cfgnamespace FROM pg_catalog.pg_ts_config
    UNION ALL SELECT 'text search dictionaries', 'pg_catalog.pg_ts_dict'::pg_catalog.regclass,
                     oid, dictnamespace FROM pg_catalog.pg_ts_dict
    UNION ALL SELECT 'text search parsers', 'pg_catalog.pg_ts_parser'::pg_catalog.regclass,
                     oid, prsnamespace FROM pg_catalog.pg_ts_parser
    UNION ALL SELECT 'text search templates', 'pg_catalog.pg_ts_template'::pg_catalog.regclass,
                     oid, tmplnamespace FROM pg_catalog.pg_ts_template
  ) AS o (kind, classid, objid, namespace)
  WHERE o.namespace IN (SELECT oid FROM user_ns)
    AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = o.classid AND ext.objid = o.objid)
  UNION ALL
  -- Database-wide object kinds; OIDs below 16384 were created by initdb.
  SELECT o.kind || ' are not supported', o.classid, o.objid, 0
  FROM (
    SELECT 'casts', 'pg_catalog.pg_cast'::pg_catalog.regclass, oid FROM pg_catalog.pg_cast
    UNION ALL SELECT 'transforms', 'pg_catalog.pg_transform'::pg_catalog.regclass, oid
              FROM pg_catalog.pg_transform
    UNION ALL SELECT 'procedural languages', 'pg_catalog.pg_language'::pg_catalog.regclass, oid
              FROM pg_catalog.pg_language
    UNION ALL SELECT 'access methods', 'pg_catalog.pg_am'::pg_catalog.regclass, oid
              FROM pg_catalog.pg_am
    UNION ALL SELECT 'foreign data wrappers',
                     'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, oid
              FROM pg_catalog.pg_foreign_data_wrapper
    UNION ALL SELECT 'foreign servers', 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, oid
              FROM pg_catalog.pg_foreign_server
    UNION ALL SELECT 'event triggers', 'pg_catalog.pg_event_trigger'::pg_catalog.regclass, oid
              FROM pg_catalog.pg_event_trigger
    UNION ALL SELECT 'publications', 'pg_catalog.pg_publication'::pg_catalog.regclass, oid
              FROM pg_catalog.pg_publication
  ) AS o (kind, classid, objid)
  WHERE o.objid >= 16384
    AND NOT EXISTS (SELECT FROM ext WHERE ext.classid = o.classid AND ext.objid = o.objid)
    -- The range -> multirange cast belongs to its range type (an internal dependency).
    AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend AS i
                    WHERE i.classid = o.classid AND i.objid = o.objid AND i.deptype = 'i'
                      AND i.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass)
)
SELECT pg_catalog.pg_describe_object(f.classid, f.objid, f.objsubid) AS object,
       f.reason
FROM found AS f
ORDER BY 1, 2
