CREATE TABLE public.items (
    id bigint PRIMARY KEY,
    price bigint NOT NULL,
    label text,
    slug text,
    price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED
);
CREATE INDEX items_slug_idx ON public.items (slug);
