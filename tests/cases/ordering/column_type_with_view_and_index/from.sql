CREATE TABLE public.readings (
    id integer PRIMARY KEY,
    value real NOT NULL
);

CREATE INDEX readings_value_idx ON public.readings (value);

CREATE VIEW public.high_readings AS SELECT id, value FROM public.readings WHERE value > 100;
