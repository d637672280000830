CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    done boolean NOT NULL
);

CREATE VIEW public.open_tasks AS
    SELECT id, done FROM public.tasks WHERE NOT done
    WITH LOCAL CHECK OPTION;
