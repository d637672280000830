CREATE TABLE audit_base (
    id bigserial,
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    note text DEFAULT 'none',
    CONSTRAINT audit_base_id_positive CHECK (id > 0),
    CONSTRAINT audit_base_local_only CHECK (note <> '') NO INHERIT
);
