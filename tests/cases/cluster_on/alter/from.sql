CREATE TABLE readings (
    id bigint PRIMARY KEY,
    sensor integer NOT NULL,
    taken_at timestamp with time zone NOT NULL
);
CREATE INDEX readings_sensor_taken_idx ON readings (sensor, taken_at);
ALTER TABLE readings CLUSTER ON readings_sensor_taken_idx;

CREATE TABLE sensors (id integer PRIMARY KEY, name text);
ALTER TABLE sensors CLUSTER ON sensors_pkey;

CREATE TABLE sites (id integer PRIMARY KEY, name text);
