CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
ALTER TABLE accounts REPLICA IDENTITY FULL;

CREATE TABLE audit_log (id bigint NOT NULL, entry text);
CREATE UNIQUE INDEX audit_log_id_idx ON audit_log (id);
ALTER TABLE audit_log REPLICA IDENTITY USING INDEX audit_log_id_idx;

CREATE TABLE scratch (id bigint PRIMARY KEY);
ALTER TABLE scratch REPLICA IDENTITY USING INDEX scratch_pkey;
