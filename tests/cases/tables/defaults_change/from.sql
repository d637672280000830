CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    status text DEFAULT 'new',
    priority integer,
    created_at timestamptz DEFAULT now()
);
