-- PostgreSQL names the multirange type itself: the first "range" in the name becomes
-- "multirange" (myrangetype -> mymultirangetype), a name without one gets "_multirange".
CREATE TYPE span AS RANGE (SUBTYPE = int4);
CREATE TYPE myrangetype AS RANGE (SUBTYPE = int8);
CREATE TABLE t (id integer PRIMARY KEY, s span_multirange, m mymultirangetype);
