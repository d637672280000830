-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 2 statement(s), 2 with warnings
--     1. add value paid to public.order_status  [WARNING]
--     2. add value returned to public.order_status  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';

-- WARNING: irreversible: add value paid to public.order_status: PostgreSQL cannot remove an enum value in place; the value stays
ALTER TYPE public.order_status ADD VALUE 'paid' AFTER 'pending';

-- WARNING: irreversible: add value returned to public.order_status: PostgreSQL cannot remove an enum value in place; the value stays
ALTER TYPE public.order_status ADD VALUE 'returned' AFTER 'delivered';

