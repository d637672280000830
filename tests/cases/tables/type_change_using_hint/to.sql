CREATE TABLE events (
  id integer PRIMARY KEY,
  -- PostgreSQL has no cast from bigint to timestamp: the hint says how to convert.
  -- pgmorph:using to_timestamp(happened_at) AT TIME ZONE 'UTC'
  happened_at timestamp NOT NULL,
  -- pgmorph:using NULL
  code uuid
);
