CREATE TABLE public.items (
    id bigint PRIMARY KEY,
    price integer NOT NULL,
    -- Reads price, whose type changes: PostgreSQL refuses ALTER TYPE under it.
    price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED,
    label text,
    -- Becomes a plain column: its values, position and index stay.
    slug text GENERATED ALWAYS AS (lower(label)) STORED
);
CREATE INDEX items_slug_idx ON public.items (slug);
