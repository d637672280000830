CREATE TABLE orders (id bigint PRIMARY KEY, customer int, status text);
CREATE INDEX orders_status ON orders (status);
CREATE VIEW open_orders AS SELECT id, customer FROM orders WHERE status = 'open';
