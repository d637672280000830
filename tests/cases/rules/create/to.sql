-- A rule that logs every new order, and one that ignores updates of shipped orders.
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE TABLE order_log (order_id bigint NOT NULL, note text);
CREATE RULE log_insert AS ON INSERT TO orders DO ALSO INSERT INTO order_log VALUES (NEW.id, 'created');
CREATE RULE keep_shipped AS ON UPDATE TO orders WHERE OLD.status = 'shipped' DO INSTEAD NOTHING;
