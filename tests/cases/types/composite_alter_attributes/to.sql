-- zip dropped, city's type changed, country appended: ALTER TYPE reaches it in place.
CREATE TYPE address AS (street text, city varchar(100), country text);
