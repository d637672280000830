CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text
);

CREATE VIEW public.user_list AS
    SELECT id, email, name FROM public.users;
