-- The parent stops giving `e`; the child drops a2 and gets an `e` of its own.
CREATE TABLE timestamp_base (created_at timestamp DEFAULT now());
CREATE TABLE a (a1 integer, e integer) INHERITS (timestamp_base);
