-- Tables, constraints and indexes.
CREATE SEQUENCE app.invoice_number_seq
    AS bigint
    START WITH 100000
    INCREMENT BY 1;

CREATE TABLE app.users (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    email         app.email NOT NULL,
    display_name  text NOT NULL,
    legacy_login  varchar(40),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);

COMMENT ON TABLE app.users IS 'People who can sign in and place orders';
COMMENT ON COLUMN app.users.legacy_login IS 'Login name from the old shop; no longer used';

CREATE TABLE app.orders (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    user_id         bigint NOT NULL,
    status          app.order_status NOT NULL DEFAULT 'pending',
    invoice_number  bigint NOT NULL DEFAULT nextval('app.invoice_number_seq'),
    note            text COLLATE "C",
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_invoice_number_key UNIQUE (invoice_number),
    CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users (id)
);

CREATE INDEX orders_user_id_idx ON app.orders (user_id);

COMMENT ON TABLE app.orders IS 'One checkout by one user';

CREATE TABLE app.order_items (
    order_id          bigint NOT NULL,
    line_no           integer NOT NULL,
    sku               text NOT NULL,
    tags              text[] NOT NULL DEFAULT '{}',
    quantity          integer NOT NULL,
    unit_price_cents  integer NOT NULL,
    line_total_cents  bigint GENERATED ALWAYS AS (quantity::bigint * unit_price_cents) STORED,
    CONSTRAINT order_items_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id)
        REFERENCES app.orders (id) ON DELETE CASCADE,
    CONSTRAINT order_items_quantity_check CHECK (quantity > 0),
    CONSTRAINT order_items_unit_price_cents_check CHECK (unit_price_cents >= 0)
);

COMMENT ON COLUMN app.order_items.line_total_cents IS 'quantity * unit price, kept by PostgreSQL';
