-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 1 statement(s), 0 with warnings
--     1. add values to type public.size

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

ALTER TYPE public.size ADD VALUE 'large' AFTER 'medium';

ALTER TYPE public.size ADD VALUE 'x-large' AFTER 'large';

