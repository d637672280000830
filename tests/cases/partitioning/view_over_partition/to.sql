-- The parent's column changes type: the view over the partition goes around it.
CREATE TABLE readings (sensor int NOT NULL, value bigint) PARTITION BY LIST (sensor);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
CREATE VIEW readings_1_values AS SELECT value FROM readings_1;
COMMENT ON COLUMN readings_1.value IS 'calibrated';
