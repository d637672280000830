CREATE SCHEMA legacy;

CREATE TYPE legacy.kind AS ENUM ('a', 'b');

CREATE TABLE legacy.things (
    id serial PRIMARY KEY,
    kind legacy.kind NOT NULL
);

CREATE VIEW legacy.a_things AS SELECT id FROM legacy.things WHERE kind = 'a';

CREATE TABLE public.keep (
    id integer PRIMARY KEY
);
