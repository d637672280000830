-- The rule gets a condition and another note: CREATE OR REPLACE keeps its comment.
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE TABLE order_log (order_id bigint NOT NULL, note text);
CREATE RULE log_insert AS ON INSERT TO orders WHERE NEW.status <> 'draft'
  DO ALSO INSERT INTO order_log (order_id, note) VALUES (NEW.id, 'created as ' || NEW.status);
COMMENT ON RULE log_insert ON orders IS 'audit trail';
