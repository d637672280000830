CREATE TABLE public.parents (
    id integer PRIMARY KEY
);

CREATE TABLE public.children (
    id integer PRIMARY KEY,
    parent_id integer NOT NULL,
    CONSTRAINT children_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parents (id)
);
