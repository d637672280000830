CREATE TABLE orders (id integer PRIMARY KEY, amount integer NOT NULL);
