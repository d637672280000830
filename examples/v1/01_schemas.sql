-- Schemas owned by the shop application.
CREATE SCHEMA app;

COMMENT ON SCHEMA app IS 'Shop application: users, orders and their line items';
