CREATE TABLE public.measurements (
    id integer PRIMARY KEY,
    celsius numeric(5,2)
);
