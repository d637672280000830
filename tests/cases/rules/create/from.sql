CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE TABLE order_log (order_id bigint NOT NULL, note text);
