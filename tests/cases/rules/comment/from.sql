CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);
CREATE RULE no_delete AS ON DELETE TO orders DO INSTEAD NOTHING;
