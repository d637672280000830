CREATE TYPE public.money_amount AS (value integer, currency text);
CREATE TABLE public.prices (id bigint PRIMARY KEY, amount public.money_amount);
