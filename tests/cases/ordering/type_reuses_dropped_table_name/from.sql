CREATE TABLE foo (a int);
