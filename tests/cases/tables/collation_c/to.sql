CREATE TABLE public.codes (
    id integer PRIMARY KEY,
    code text COLLATE "C" NOT NULL,
    label text,
    sort_key varchar(20) COLLATE "C"
);
