-- Types shared by several tables.
CREATE TYPE app.order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled', 'refunded');

COMMENT ON TYPE app.order_status IS 'Lifecycle of an order';

CREATE DOMAIN app.email AS text
    CONSTRAINT email_has_at CHECK (position('@' IN VALUE) > 1);

COMMENT ON DOMAIN app.email IS 'An e-mail address; only the @ is checked';
