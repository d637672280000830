CREATE SCHEMA billing;
CREATE TABLE billing.invoice_rows (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL, paid boolean NOT NULL);
CREATE VIEW billing.invoices AS SELECT id, total, paid FROM billing.invoice_rows;
CREATE VIEW billing.unpaid AS SELECT id, total FROM billing.invoices WHERE NOT paid;
