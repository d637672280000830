-- amount becomes numeric: PostgreSQL will not retype a column a rule reads, so the rule is
-- dropped before and created again after.
CREATE TABLE orders (id integer PRIMARY KEY, amount numeric(12,2) NOT NULL);
CREATE TABLE big_orders (id integer NOT NULL);
CREATE RULE flag_big AS ON INSERT TO orders WHERE NEW.amount > 1000 DO ALSO INSERT INTO big_orders VALUES (NEW.id);
