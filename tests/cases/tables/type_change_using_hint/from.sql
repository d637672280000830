CREATE TABLE events (
  id integer PRIMARY KEY,
  -- No cast turns a timestamp into a number; this hint converts it back in down.sql.
  -- pgmorph:using extract(epoch FROM happened_at)::bigint
  happened_at bigint NOT NULL,
  -- pgmorph:using NULL
  code integer
);
