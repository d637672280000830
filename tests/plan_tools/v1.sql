-- Version 1 of the application schema the plan_tools test migrates through.
CREATE TABLE customers (
  id serial PRIMARY KEY,
  name text NOT NULL,
  mail text
);

CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id integer NOT NULL,
  total numeric(12,2) NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  message text NOT NULL
);
