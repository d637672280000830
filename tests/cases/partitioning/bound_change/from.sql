CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE INDEX orders_region ON orders (region);
ALTER TABLE orders ADD PRIMARY KEY (id, region);
ALTER TABLE orders ADD CONSTRAINT orders_id CHECK (id > 0);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('US');
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('FR', 'DE');
