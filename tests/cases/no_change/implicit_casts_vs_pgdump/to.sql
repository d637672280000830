-- The same schema as written by hand.
CREATE TABLE products (
    id integer NOT NULL,
    code varchar(20) NOT NULL DEFAULT '',
    name text NOT NULL DEFAULT '',
    status varchar(16) NOT NULL DEFAULT 'draft',
    price numeric(12,2) NOT NULL,
    weight double precision,
    CONSTRAINT products_code_check CHECK (char_length(code) > 0),
    CONSTRAINT products_name_check CHECK (name <> ''),
    CONSTRAINT products_price_check CHECK (price >= 0 AND price < 1000000),
    CONSTRAINT products_status_check CHECK (status <> 'deleted'),
    CONSTRAINT products_weight_check CHECK (weight >= 0)
);
CREATE INDEX products_lower_code_idx ON products (lower(code)) WHERE status = 'live';
