CREATE TABLE logs (id bigint NOT NULL, created_at date NOT NULL) PARTITION BY RANGE (created_at);
CREATE INDEX logs_created_at ON logs (created_at);
CREATE TABLE logs_2023 (id bigint NOT NULL, created_at date NOT NULL);
