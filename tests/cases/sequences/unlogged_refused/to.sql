-- PostgreSQL 15 has unlogged sequences; pgmorph does not model them yet, so it refuses
-- rather than create a logged one.
create unlogged sequence counters;
