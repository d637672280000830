CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric(10,2) DEFAULT 0 NOT NULL
);

CREATE VIEW cheap_items AS SELECT id FROM items WHERE price < 10;
