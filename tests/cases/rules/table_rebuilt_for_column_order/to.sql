-- A column added between others: the table is rebuilt, its rule dropped before the copy
-- (the copied rows must not fire it) and created again on the new table.
CREATE TABLE t (a int PRIMARY KEY, c int, b text);
CREATE TABLE log (a int, b text);
CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log VALUES (NEW.a, NEW.b);
