CREATE TABLE public.teams (
    id integer PRIMARY KEY,
    captain_id integer
);

CREATE TABLE public.players (
    id integer PRIMARY KEY,
    team_id integer REFERENCES public.teams (id)
);

ALTER TABLE public.teams
    ADD CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES public.players (id);
