CREATE TABLE public.reservations (
    id integer PRIMARY KEY,
    during tsrange NOT NULL,
    location point
);

CREATE INDEX reservations_during_idx ON public.reservations USING gist (during);

CREATE INDEX reservations_location_idx ON public.reservations USING gist (location);
