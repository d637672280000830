CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW visible_items AS SELECT id, name FROM items WHERE NOT hidden;
CREATE RULE insert_item AS ON INSERT TO visible_items DO INSTEAD INSERT INTO items (id, name) VALUES (NEW.id, NEW.name);
