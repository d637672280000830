-- serial and the primary key make product_no NOT NULL (with a sequence and a default). In down.sql the key must be dropped before
-- NOT NULL is: PostgreSQL refuses DROP NOT NULL on a primary key column.
CREATE TABLE public.products (
    product_no serial PRIMARY KEY,
    name text
);
