CREATE TABLE base_a (id integer);
CREATE TABLE base_b (code text);
CREATE TABLE child (extra integer) INHERITS (base_a, base_b);
