CREATE TABLE public.items (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL DEFAULT 0
);

CREATE VIEW public.cheap_items AS
 SELECT items.id
   FROM public.items
  WHERE (items.price < (10)::numeric);
