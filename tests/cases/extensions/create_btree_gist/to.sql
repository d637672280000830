CREATE EXTENSION btree_gist;

CREATE TABLE public.rooms (
    id integer PRIMARY KEY
);
