CREATE TABLE t (a int, b int); CREATE TABLE foo (x int);
