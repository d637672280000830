CREATE TABLE keep (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE TABLE order_log (order_id bigint NOT NULL, note text);
CREATE RULE log_insert AS ON INSERT TO orders DO ALSO INSERT INTO order_log VALUES (NEW.id, NEW.status);
COMMENT ON RULE log_insert ON orders IS 'audit trail';
CREATE RULE keep_log AS ON DELETE TO keep DO ALSO INSERT INTO order_log VALUES (OLD.id, 'keep row deleted');
