CREATE TABLE public.measurements (
    id integer PRIMARY KEY,
    celsius numeric(5,2)
);

ALTER TABLE public.measurements
    ADD CONSTRAINT measurements_celsius_check CHECK (celsius > -273.15) NOT VALID;
