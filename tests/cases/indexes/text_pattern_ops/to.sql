CREATE TABLE public.files (
    id integer PRIMARY KEY,
    path text NOT NULL,
    name varchar(200) NOT NULL
);

CREATE INDEX files_path_prefix_idx ON public.files (path text_pattern_ops);

CREATE INDEX files_name_prefix_idx ON public.files (name varchar_pattern_ops);
