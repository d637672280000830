-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. undo: create rule insert_item on public.visible_items
--     2. undo: create view public.visible_items
--     3. undo: drop view public.visible_items
--     4. undo: drop rule insert_item on public.visible_items (with its relation)

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP RULE insert_item ON public.visible_items;

DROP VIEW public.visible_items;

CREATE VIEW public.visible_items AS SELECT id, name FROM items WHERE NOT hidden;

CREATE RULE insert_item AS ON INSERT TO public.visible_items DO INSTEAD INSERT INTO items (id, name) VALUES (new.id, new.name);

COMMIT;

