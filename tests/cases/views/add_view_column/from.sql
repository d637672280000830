CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text
);

CREATE VIEW public.user_list AS
    SELECT id, email FROM public.users;
