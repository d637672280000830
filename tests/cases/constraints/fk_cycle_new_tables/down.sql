-- pgmorph down migration
-- from: from.sql
-- to:   to.sql
-- plan: 4 statement(s), 2 with warnings
--     1. undo: add constraint teams_captain_id_fkey on public.teams
--     2. undo: add constraint players_team_id_fkey on public.players
--     3. undo: create table public.teams  [WARNING]
--     4. undo: create table public.players  [WARNING]

SET check_function_bodies = false;
SET lock_timeout = '10s';
SET statement_timeout = '1h';

BEGIN;

ALTER TABLE public.teams DROP CONSTRAINT teams_captain_id_fkey;

ALTER TABLE public.players DROP CONSTRAINT players_team_id_fkey;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.teams: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.teams;

-- WARNING: D101 drop-table [error; ACCESS EXCLUSIVE; data loss]: public.players: drops the table and all its rows; the reverse restores the structure, not the rows
DROP TABLE public.players;

COMMIT;

