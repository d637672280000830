-- Aggregates (pg_proc.prokind 'a' with their pg_aggregate row) as complete CREATE AGGREGATE
-- statements in the spelling the parser reads, options in pg_dump's order. The server
-- formats every name: types with format_type, functions as regproc text and arguments with
-- pg_get_function_arguments (ORDER BY between the direct and aggregated arguments of an
-- ordered-set aggregate); with the introspection's empty search_path, user objects come out
-- schema-qualified and built-ins bare. Options at their default are written anyway (the
-- parser drops them) except the moving-aggregate ones when there is no MSFUNC.
-- Extension members are left out. Window functions ('w') are reported by unsupported.sql.
SELECT n.nspname AS schema_name,
       p.proname AS aggregate_name,
       'CREATE AGGREGATE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname)
         || '(' || CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_arguments(p.oid) END
         || ') ('
         || pg_catalog.concat_ws(', ',
              'SFUNC = ' || a.aggtransfn::pg_catalog.text,
              'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),
              'SSPACE = ' || NULLIF(a.aggtransspace, 0),
              CASE WHEN a.aggfinalfn::pg_catalog.oid <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::pg_catalog.text END,
              CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
              'FINALFUNC_MODIFY = ' || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                                            ELSE 'READ_WRITE' END,
              CASE WHEN a.aggcombinefn::pg_catalog.oid <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::pg_catalog.text END,
              CASE WHEN a.aggserialfn::pg_catalog.oid <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::pg_catalog.text END,
              CASE WHEN a.aggdeserialfn::pg_catalog.oid <> 0
                   THEN 'DESERIALFUNC = ' || a.aggdeserialfn::pg_catalog.text END,
              'INITCOND = ' || pg_catalog.quote_literal(a.agginitval),
              CASE WHEN a.aggmtransfn::pg_catalog.oid <> 0 THEN pg_catalog.concat_ws(', ',
                'MSFUNC = ' || a.aggmtransfn::pg_catalog.text,
                'MINVFUNC = ' || a.aggminvtransfn::pg_catalog.text,
                'MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL),
                'MSSPACE = ' || NULLIF(a.aggmtransspace, 0),
                CASE WHEN a.aggmfinalfn::pg_catalog.oid <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::pg_catalog.text END,
                CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
                'MFINALFUNC_MODIFY = ' || CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                                                ELSE 'READ_WRITE' END,
                'MINITCOND = ' || pg_catalog.quote_literal(a.aggminitval)) END,
              CASE WHEN a.aggsortop <> 0 THEN 'SORTOP = ' ||
                CASE WHEN opn.nspname = 'pg_catalog' THEN o.oprname
                     ELSE 'OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.' || o.oprname || ')' END END,
              CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END,
              CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END)
         || ')' AS definition
FROM pg_catalog.pg_proc AS p
JOIN pg_catalog.pg_aggregate AS a ON a.aggfnoid = p.oid
JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_operator AS o ON o.oid = a.aggsortop
LEFT JOIN pg_catalog.pg_namespace AS opn ON opn.oid = o.oprnamespace
WHERE p.prokind = 'a'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND p.oid NOT IN (
    SELECT e.objid FROM pg_catalog.pg_depend AS e
    WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
      AND e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
  )
ORDER BY n.nspname, p.proname, p.oid
