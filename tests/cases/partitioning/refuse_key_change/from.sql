CREATE TABLE logs (id bigint NOT NULL, created_at date NOT NULL) PARTITION BY RANGE (created_at);
