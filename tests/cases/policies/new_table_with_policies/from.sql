CREATE TABLE keep (id bigint PRIMARY KEY);
