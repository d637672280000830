-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 0 with warnings
--     1. create table public.players
--     2. create table public.teams
--     3. add constraint players_team_id_fkey on public.players
--     4. add constraint teams_captain_id_fkey on public.teams

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

CREATE TABLE public.players (
    id integer NOT NULL,
    team_id integer,
    CONSTRAINT players_pkey PRIMARY KEY (id)
);

CREATE TABLE public.teams (
    id integer NOT NULL,
    captain_id integer,
    CONSTRAINT teams_pkey PRIMARY KEY (id)
);

ALTER TABLE public.players ADD CONSTRAINT players_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams (id);

ALTER TABLE public.teams ADD CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES public.players (id);

COMMIT;

