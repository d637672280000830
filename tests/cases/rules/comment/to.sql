CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE RULE no_delete AS ON DELETE TO orders DO INSTEAD NOTHING;
COMMENT ON RULE no_delete ON orders IS 'orders are never deleted';
