-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 11 statement(s), 4 with warnings
--     1. rename column public.orders.customer_id to client_id  [WARNING]
--     2. rename index public.customers_full_name_idx to clients_name_idx
--     3. rename sequence public.customers_id_seq to clients_id_seq
--     4. rename constraint orders_customer_id_fkey on public.orders to orders_client_id_fkey
--     5. drop view public.customer_mail
--     6. rename table public.customers to clients  [WARNING]
--     7. rename column public.clients.mail to email  [WARNING]
--     8. rename column public.clients.full_name to name  [WARNING]
--     9. rename constraint customers_mail_key on public.clients to clients_email_key
--    10. rename constraint customers_pkey on public.clients to clients_pkey
--    11. create view public.client_email

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: C102 rename-column [error; ACCESS EXCLUSIVE]: public.orders.customer_id -> client_id: clients that still use the old name fail until they are deployed with the new one
ALTER TABLE public.orders RENAME COLUMN customer_id TO client_id;

ALTER INDEX public.customers_full_name_idx RENAME TO clients_name_idx;

ALTER SEQUENCE public.customers_id_seq RENAME TO clients_id_seq;

ALTER TABLE public.orders RENAME CONSTRAINT orders_customer_id_fkey TO orders_client_id_fkey;

DROP VIEW public.customer_mail;

-- WARNING: C101 rename-table [error; ACCESS EXCLUSIVE]: public.customers -> clients: clients that still use the old name fail until they are deployed with the new one
ALTER TABLE public.customers RENAME TO clients;

-- WARNING: C102 rename-column [error; ACCESS EXCLUSIVE]: public.clients.mail -> email: clients that still use the old name fail until they are deployed with the new one
ALTER TABLE public.clients RENAME COLUMN mail TO email;

-- WARNING: C102 rename-column [error; ACCESS EXCLUSIVE]: public.clients.full_name -> name: clients that still use the old name fail until they are deployed with the new one
ALTER TABLE public.clients RENAME COLUMN full_name TO name;

ALTER TABLE public.clients RENAME CONSTRAINT customers_mail_key TO clients_email_key;

ALTER TABLE public.clients RENAME CONSTRAINT customers_pkey TO clients_pkey;

CREATE VIEW public.client_email AS SELECT id, email FROM public.clients;

COMMIT;

