-- pgmorph up migration
-- from: from.sql
-- to:   to.sql
-- plan: 5 statement(s), 4 with warnings
--     1. drop constraint players_team_id_fkey on public.players  [WARNING]
--     2. drop constraint teams_captain_id_fkey on public.teams  [WARNING]
--     3. create table public.settings
--     4. drop table public.players  [WARNING]
--     5. drop table public.teams  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: players_team_id_fkey on public.players: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.players DROP CONSTRAINT players_team_id_fkey;

-- WARNING: D109 drop-constraint [warning; ACCESS EXCLUSIVE]: teams_captain_id_fkey on public.teams: drops an integrity constraint (a foreign key also locks the referenced table)
ALTER TABLE public.teams DROP CONSTRAINT teams_captain_id_fkey;

CREATE TABLE public.settings (
    key text NOT NULL,
    CONSTRAINT settings_pkey PRIMARY KEY (key)
);

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.players: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.players, not its rows
DROP TABLE public.players;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.teams: drops the table and all its rows; the reverse restores the structure, not the rows
-- WARNING: down.sql recreates the structure of public.teams, not its rows
DROP TABLE public.teams;

COMMIT;

