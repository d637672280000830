CREATE TABLE public.parcels (
    id bigint PRIMARY KEY,
    weight_g integer NOT NULL,
    weight_kg numeric GENERATED ALWAYS AS (weight_g / 1000.0) STORED,
    CONSTRAINT parcels_light CHECK (weight_kg < 30)
);
CREATE INDEX parcels_heavy_idx ON public.parcels (id) INCLUDE (weight_kg) WHERE weight_kg > 20;
