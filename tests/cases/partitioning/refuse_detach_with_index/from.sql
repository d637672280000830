CREATE TABLE logs (id bigint NOT NULL, created_at date NOT NULL) PARTITION BY RANGE (created_at);
CREATE INDEX logs_created_at ON logs (created_at);
CREATE TABLE logs_2023 PARTITION OF logs FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
