-- The parent gains a column the detached table must not get.
CREATE TABLE measurement (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int,
    extra text
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2005m02 PARTITION OF measurement FOR VALUES FROM ('2005-02-01') TO ('2005-03-01');
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE measurement_y2006m03 (
    city_id int NOT NULL,
    logdate date NOT NULL,
    peaktemp int
);
CREATE INDEX ON measurement_y2006m02 (logdate);
