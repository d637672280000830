CREATE TABLE events (id bigint, payload text);
CREATE TABLE click_events (x integer) INHERITS (events);
