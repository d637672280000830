-- Version 3: a table and a column renamed through hints, a table and a column dropped.
-- pgmorph:renamed-from customers
CREATE TABLE clients (
  id serial PRIMARY KEY,
  name text NOT NULL,
  -- pgmorph:renamed-from mail
  email text,
  phone text
);

CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES clients (id),
  total numeric(12,2) NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- `?` is a bind placeholder to knex.raw and `:new` a bind parameter to Alembic's text():
  -- the generated files must escape both.
  status text NOT NULL DEFAULT 'state :new?'
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
