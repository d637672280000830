-- The function changes its return type (drop + create): the rule calling it goes around.
CREATE FUNCTION f(x int) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (x + 2)::bigint $$;
CREATE TABLE t (a int);
CREATE TABLE log (a int);
CREATE RULE r AS ON INSERT TO t WHERE f(NEW.a) > 3 DO ALSO INSERT INTO log VALUES (f(NEW.a));
