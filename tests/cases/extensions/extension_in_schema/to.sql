CREATE SCHEMA ext;

CREATE EXTENSION hstore SCHEMA ext;

CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    meta ext.hstore
);
