CREATE SCHEMA billing;

COMMENT ON SCHEMA billing IS 'old';
