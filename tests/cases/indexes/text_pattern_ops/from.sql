CREATE TABLE public.files (
    id integer PRIMARY KEY,
    path text NOT NULL,
    name varchar(200) NOT NULL
);
