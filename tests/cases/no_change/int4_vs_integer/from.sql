CREATE TABLE public.stats (
    id int4 PRIMARY KEY,
    big int8,
    small int2,
    ratio float8,
    f float4,
    ok bool,
    ts timestamptz,
    d decimal(8,3),
    name varchar(30)
);
