-- The expression changes: the column is dropped and added again, and DROP COLUMN would take
-- the CHECK and the index with it; both are dropped first and created again after.
CREATE TABLE public.parcels (
    id bigint PRIMARY KEY,
    weight_g integer NOT NULL,
    weight_kg numeric GENERATED ALWAYS AS (round(weight_g / 1000.0, 3)) STORED,
    CONSTRAINT parcels_light CHECK (weight_kg < 30)
);
CREATE INDEX parcels_heavy_idx ON public.parcels (id) INCLUDE (weight_kg) WHERE weight_kg > 20;
