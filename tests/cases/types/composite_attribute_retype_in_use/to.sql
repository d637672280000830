CREATE TYPE public.money_amount AS (value bigint, currency text);
CREATE TABLE public.prices (id bigint PRIMARY KEY, amount public.money_amount);
