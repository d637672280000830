CREATE TABLE audit_base (
    id bigserial,
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    note text DEFAULT 'none',
    CONSTRAINT audit_base_id_positive CHECK (id > 0),
    CONSTRAINT audit_base_local_only CHECK (note <> '') NO INHERIT
);

-- Only inherited columns, its own CHECK and key.
CREATE TABLE audit_orders (
    CONSTRAINT audit_orders_kind CHECK (note <> 'x'),
    UNIQUE (id)
) INHERITS (audit_base);

-- A declared column merged with the parent's (it moves to the parent's position) and
-- columns of its own.
CREATE TABLE audit_users (
    user_id integer NOT NULL,
    note text NOT NULL,
    reason text
) INHERITS (audit_base);
COMMENT ON COLUMN audit_users.reason IS 'why the row was written';
CREATE INDEX audit_users_user_id ON audit_users (user_id);
