-- Version 2: new columns, an index (built CONCURRENTLY, outside a transaction) and a
-- foreign key (added NOT VALID, then validated in a transaction of its own).
CREATE TABLE customers (
  id serial PRIMARY KEY,
  name text NOT NULL,
  mail text,
  phone text
);

CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers (id),
  total numeric(12,2) NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- `?` is a bind placeholder to knex.raw and `:new` a bind parameter to Alembic's text():
  -- the generated files must escape both.
  status text NOT NULL DEFAULT 'state :new?',
  note text
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  message text NOT NULL
);
