-- A statistics target on the parent only: a child created now would get none, so the plan
-- must not hand one to the existing child either (ALTER TABLE ONLY).
CREATE TABLE events (id bigint, payload text);
ALTER TABLE ONLY events ALTER COLUMN payload SET STATISTICS 500;
CREATE TABLE click_events (x integer) INHERITS (events);
