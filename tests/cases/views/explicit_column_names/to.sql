CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE VIEW public.user_emails (user_id, address) AS
    SELECT id, email FROM public.users;
