-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 3 with warnings
--     1. undo: drop table public.teams  [WARNING]
--     2. undo: drop table public.players  [WARNING]
--     3. undo: create table public.settings  [WARNING]
--     4. undo: drop constraint teams_captain_id_fkey on public.teams
--     5. undo: drop constraint players_team_id_fkey on public.players

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: recreates the structure of public.teams, not its rows
CREATE TABLE public.teams (
    id integer NOT NULL,
    captain_id integer,
    CONSTRAINT teams_pkey PRIMARY KEY (id)
);

-- WARNING: recreates the structure of public.players, not its rows
CREATE TABLE public.players (
    id integer NOT NULL,
    team_id integer,
    CONSTRAINT players_pkey PRIMARY KEY (id)
);

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.settings: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.settings;

ALTER TABLE public.teams ADD CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES public.players (id);

ALTER TABLE public.players ADD CONSTRAINT players_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams (id);

COMMIT;

