CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    status text DEFAULT 'open',
    priority integer DEFAULT 3,
    created_at timestamptz
);
