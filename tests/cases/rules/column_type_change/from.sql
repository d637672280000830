CREATE TABLE orders (id integer PRIMARY KEY, amount integer NOT NULL);
CREATE TABLE big_orders (id integer NOT NULL);
CREATE RULE flag_big AS ON INSERT TO orders WHERE NEW.amount > 1000 DO ALSO INSERT INTO big_orders VALUES (NEW.id);
