-- Comments on objects created after initdb (OIDs from 16384 up; this also leaves out the
-- comments initdb puts on `public` and on plpgsql). pg_identify_object_as_address() gives
-- the unquoted name parts: {schema, table[, member]} for relations, columns, constraints and
-- triggers; one already-quoted qualified name for types; {name} for schemas and
-- extensions; argument types in `object_args` for functions. The writer drops comments on
-- objects it did not write (extension members and their parts, unsupported objects), so
-- this query needs no extension test of its own.
SELECT CASE WHEN a.type = 'type' AND ty.typtype = 'd' THEN 'domain' ELSE a.type END
         AS object_type,
       a.object_names[1] AS name1,
       a.object_names[2] AS name2,
       a.object_names[3] AS name3,
       pg_catalog.array_to_string(a.object_args, ', ') AS args,
       d.description AS comment
FROM pg_catalog.pg_description AS d
CROSS JOIN LATERAL pg_catalog.pg_identify_object_as_address(d.classoid, d.objoid, d.objsubid) AS a
LEFT JOIN pg_catalog.pg_type AS ty
  ON d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND ty.oid = d.objoid
WHERE d.objoid >= 16384
ORDER BY 1, 2, 3, 4, 5
