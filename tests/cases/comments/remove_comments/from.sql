CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

COMMENT ON TABLE public.users IS 'application users';

COMMENT ON COLUMN public.users.email IS 'login';
