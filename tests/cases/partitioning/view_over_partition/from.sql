CREATE TABLE readings (sensor int NOT NULL, value int) PARTITION BY LIST (sensor);
CREATE TABLE readings_1 PARTITION OF readings FOR VALUES IN (1);
CREATE VIEW readings_1_values AS SELECT value FROM readings_1;
COMMENT ON COLUMN readings_1.value IS 'raw';
