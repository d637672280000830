-- Tables, constraints and indexes.
CREATE SEQUENCE app.invoice_number_seq
    AS bigint
    START WITH 100000
    INCREMENT BY 1;

CREATE TABLE app.users (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    email         app.email NOT NULL,
    display_name  text NOT NULL,
    locale        text NOT NULL DEFAULT 'en',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_key UNIQUE (email)
);

COMMENT ON TABLE app.users IS 'People who can sign in and place orders';
COMMENT ON COLUMN app.users.locale IS 'BCP 47 language tag used for e-mails';

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
CREATE INDEX orders_status_created_at_idx ON app.orders (status, created_at);

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
    CONSTRAINT order_items_quantity_check CHECK (quantity BETWEEN 1 AND 1000),
    CONSTRAINT order_items_unit_price_cents_check CHECK (unit_price_cents >= 0)
);

COMMENT ON COLUMN app.order_items.line_total_cents IS 'quantity * unit price, kept by PostgreSQL';

CREATE TABLE app.addresses (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    user_id      bigint NOT NULL,
    label        text NOT NULL DEFAULT 'home',
    line1        text NOT NULL,
    city         text NOT NULL,
    postal_code  varchar(16) NOT NULL,
    country      char(2) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT addresses_pkey PRIMARY KEY (id),
    CONSTRAINT addresses_user_id_label_key UNIQUE (user_id, label),
    CONSTRAINT addresses_user_id_fkey FOREIGN KEY (user_id)
        REFERENCES app.users (id) ON DELETE CASCADE,
    CONSTRAINT addresses_country_check CHECK (country ~ '^[A-Z]{2}$')
);

COMMENT ON TABLE app.addresses IS 'Shipping addresses, several per user';
