CREATE TABLE logs (id bigint NOT NULL, created_at date NOT NULL, level integer, message text DEFAULT '') PARTITION BY RANGE (created_at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- Cascades to the partitions: created on the parent only, never CONCURRENTLY.
CREATE INDEX logs_message ON logs (message);
ALTER TABLE logs ADD CONSTRAINT logs_pkey PRIMARY KEY (id, created_at);
ALTER TABLE logs ADD CONSTRAINT logs_level CHECK (level > 0);
