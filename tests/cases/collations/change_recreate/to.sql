-- No ALTER COLLATION changes the locale: dropped and created again (nothing uses it).
CREATE COLLATION german (PROVIDER = icu, LOCALE = 'de-AT');
COMMENT ON COLLATION german IS 'German';
