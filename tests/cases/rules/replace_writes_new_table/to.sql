-- The new action writes to a table created in the same plan: the table comes first.
CREATE TABLE t (a int);
CREATE TABLE graveyard (a int);
CREATE RULE r AS ON DELETE TO t DO INSTEAD INSERT INTO graveyard SELECT OLD.a;
