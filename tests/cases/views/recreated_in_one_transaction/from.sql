-- A view over a retyped column must be dropped and created again. Readers must never see
-- it missing in a committed state: the concurrent index builds and drops of the same plan
-- run after the view is back, not between its drop and its re-creation.
CREATE TABLE orders (id int PRIMARY KEY, customer int, status text);
CREATE INDEX orders_customer ON orders (customer);
CREATE VIEW open_orders AS SELECT id, customer FROM orders WHERE status = 'open';
