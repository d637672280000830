-- Inserts through the view go to its table. The view gains a column: it is recreated,
-- which drops its rule, so the rule is created again after it.
CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW visible_items AS SELECT id, name, hidden FROM items WHERE NOT hidden;
CREATE RULE insert_item AS ON INSERT TO visible_items DO INSTEAD INSERT INTO items (id, name) VALUES (NEW.id, NEW.name);
