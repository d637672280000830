-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 5 with warnings
--     1. drop aggregate public.moving_sum  [WARNING]
--     2. drop aggregate public.my_count  [WARNING]
--     3. drop aggregate public.norm2  [WARNING]
--     4. drop function public.sum_sq_final  [WARNING]
--     5. drop function public.sum_sq_step  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D112 drop-function [warning]: public.moving_sum: drops a function or procedure; callers the catalog cannot see fail at run time
DROP AGGREGATE public.moving_sum(integer);

-- WARNING: D112 drop-function [warning]: public.my_count: drops a function or procedure; callers the catalog cannot see fail at run time
DROP AGGREGATE public.my_count(*);

-- WARNING: D112 drop-function [warning]: public.norm2: drops a function or procedure; callers the catalog cannot see fail at run time
DROP AGGREGATE public.norm2(double precision);

-- WARNING: D112 drop-function [warning]: public.sum_sq_final: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.sum_sq_final(double precision);

-- WARNING: D112 drop-function [warning]: public.sum_sq_step: drops a function or procedure; callers the catalog cannot see fail at run time
DROP FUNCTION public.sum_sq_step(double precision, double precision);

COMMIT;

