CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    nickname varchar(40)
);
