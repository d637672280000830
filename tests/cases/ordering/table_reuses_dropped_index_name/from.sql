CREATE TABLE t (a int, b int); CREATE INDEX foo ON t (a);
