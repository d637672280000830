CREATE TABLE public.counters (
    id bigint PRIMARY KEY,
    hits bigint NOT NULL DEFAULT 0
);
