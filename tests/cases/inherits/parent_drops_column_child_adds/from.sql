CREATE TABLE timestamp_base (created_at timestamp DEFAULT now(), e integer);
CREATE TABLE a (a1 integer, a2 integer) INHERITS (timestamp_base);
