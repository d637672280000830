-- Type, default and NOT NULL changed on the parent: ALTER TABLE recurses into the children,
-- so they get no statement of their own. The parent also gains a column and the child one.
CREATE TABLE item_base (
    id bigint NOT NULL,
    label text NOT NULL DEFAULT 'untitled',
    price numeric(12,2),
    added_on date
);
CREATE TABLE books (label text, isbn text, pages integer) INHERITS (item_base);
CREATE TABLE music (tracks integer) INHERITS (item_base);
