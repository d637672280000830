-- integer -> uuid: PostgreSQL has no cast, and no hint says how: pgmorph refuses.
CREATE TABLE accounts (id integer PRIMARY KEY, external_id uuid);
