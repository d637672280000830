CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE UNIQUE INDEX users_email_lower_key ON public.users (lower(email));
