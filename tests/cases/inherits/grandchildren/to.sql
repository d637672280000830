-- Two levels and a child with two parents; the second level merges `wheels`.
CREATE TABLE vehicle (id integer PRIMARY KEY, wheels integer DEFAULT 4, color text);
CREATE TABLE owned (owner_name text NOT NULL);
CREATE TABLE car (doors integer) INHERITS (vehicle);
CREATE TABLE sports_car (wheels integer, top_speed integer) INHERITS (car, owned);
COMMENT ON TABLE sports_car IS 'fast';
-- A key of the child's own over an inherited column (PostgreSQL makes it NOT NULL there).
CREATE TABLE bike (CONSTRAINT bike_pkey PRIMARY KEY (id), CHECK (wheels = 2 AND color <> 'none')) INHERITS (vehicle);
CREATE INDEX bike_color ON bike (lower(color)) WHERE color <> 'red';
