CREATE TABLE item_base (
    id integer NOT NULL,
    label text,
    price numeric(10,2)
);
-- `label` is merged: the child's own column, also inherited.
CREATE TABLE books (label text, isbn text) INHERITS (item_base);
CREATE TABLE music (tracks integer) INHERITS (item_base);
