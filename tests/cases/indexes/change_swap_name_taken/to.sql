-- An index whose definition changes is built under a new name first; the obvious
-- building name is taken by another index, so the next free one is used, and the
-- comment travels with the new index.
CREATE TABLE events (id bigint, kind text, at timestamptz);
CREATE INDEX events_kind ON events (kind, at DESC);
COMMENT ON INDEX events_kind IS 'lookups by kind';
CREATE INDEX events_kind_pgmorph_new ON events (at);
