CREATE TABLE reg2partitioned (city_id int NOT NULL, logdate date NOT NULL);
CREATE TABLE partitioned2reg (city_id int NOT NULL, logdate date NOT NULL) PARTITION BY RANGE (logdate);
