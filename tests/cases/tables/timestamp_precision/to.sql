CREATE TABLE public.events (
    id integer PRIMARY KEY,
    happened_at timestamp(3) NOT NULL,
    logged_at timestamp(0) with time zone
);
