-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 11 statement(s), 4 with warnings
--     1. undo: create view public.client_email
--     2. undo: rename constraint customers_pkey on public.clients to clients_pkey
--     3. undo: rename constraint customers_mail_key on public.clients to clients_email_key
--     4. undo: rename column public.clients.full_name to name  [WARNING]
--     5. undo: rename column public.clients.mail to email  [WARNING]
--     6. undo: rename table public.customers to clients  [WARNING]
--     7. undo: drop view public.customer_mail
--     8. undo: rename constraint orders_customer_id_fkey on public.orders to orders_client_id_fkey
--     9. undo: rename sequence public.customers_id_seq to clients_id_seq
--    10. undo: rename index public.customers_full_name_idx to clients_name_idx
--    11. undo: rename column public.orders.customer_id to client_id  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

DROP VIEW public.client_email;

ALTER TABLE public.clients RENAME CONSTRAINT clients_pkey TO customers_pkey;

ALTER TABLE public.clients RENAME CONSTRAINT clients_email_key TO customers_mail_key;

-- WARNING: C102 rename-column [error; ACCESS EXCLUSIVE]: public.clients.name -> full_name: clients that still use the old name fail until they are deployed with the new one
ALTER TABLE public.clients RENAME COLUMN name TO full_name;

-- WARNING: C102 rename-column [error; ACCESS EXCLUSIVE]: public.clients.email -> mail: clients that still use the old name fail until they are deployed with the new one
ALTER TABLE public.clients RENAME COLUMN email TO mail;

-- WARNING: C101 rename-table [error; ACCESS EXCLUSIVE]: public.clients -> customers: clients that still use the old name fail until they are deployed with the new one
ALTER TABLE public.clients RENAME TO customers;

CREATE VIEW public.customer_mail AS SELECT id, mail FROM public.customers;

ALTER TABLE public.orders RENAME CONSTRAINT orders_client_id_fkey TO orders_customer_id_fkey;

ALTER SEQUENCE public.clients_id_seq RENAME TO customers_id_seq;

ALTER INDEX public.clients_name_idx RENAME TO customers_full_name_idx;

-- WARNING: C102 rename-column [error; ACCESS EXCLUSIVE]: public.orders.client_id -> customer_id: clients that still use the old name fail until they are deployed with the new one
ALTER TABLE public.orders RENAME COLUMN client_id TO customer_id;

COMMIT;

