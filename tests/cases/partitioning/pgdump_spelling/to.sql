CREATE TABLE customers (id bigint PRIMARY KEY);

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

-- Range, with a key column, a primary key, a foreign key, an index and a trigger on the parent.
CREATE TABLE measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    customer_id bigint REFERENCES customers (id),
    peaktemp integer DEFAULT 0,
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE INDEX measurement_peaktemp ON measurement (peaktemp);
CREATE TRIGGER measurement_touch BEFORE INSERT ON measurement FOR EACH ROW EXECUTE FUNCTION touch();

CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurement_old PARTITION OF measurement FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE measurement_rest PARTITION OF measurement DEFAULT;
-- A local index and a local CHECK belong to the partition only.
CREATE INDEX measurement_2024_city ON measurement_2024 (city_id);
ALTER TABLE measurement_2024 ADD CONSTRAINT measurement_2024_warm CHECK (peaktemp > -50);

-- List, sub-partitioned by hash.
CREATE TABLE orders (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('US', 'CA') PARTITION BY HASH (id);
CREATE TABLE orders_us_0 PARTITION OF orders_us FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE orders_us_1 PARTITION OF orders_us FOR VALUES WITH (modulus 2, remainder 1);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('FR', NULL);

-- An expression key; a partition attached by ALTER TABLE.
CREATE TABLE events (id bigint NOT NULL, name text NOT NULL) PARTITION BY LIST (lower(name));
CREATE TABLE events_a (id bigint NOT NULL, name text NOT NULL);
ALTER TABLE events ATTACH PARTITION events_a FOR VALUES IN ('a');
COMMENT ON TABLE events_a IS 'the a events';
