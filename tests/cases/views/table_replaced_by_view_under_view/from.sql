CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL, paid boolean NOT NULL);
-- Reads billing.invoices; its text stays the same while the name becomes a view.
CREATE VIEW billing.unpaid AS SELECT id, total FROM billing.invoices WHERE NOT paid;
