CREATE TABLE addresses (
    id bigint PRIMARY KEY,
    city text NOT NULL,
    zip text NOT NULL,
    country text
);
CREATE STATISTICS addresses_city_zip (ndistinct, dependencies) ON zip, city FROM addresses;
CREATE STATISTICS IF NOT EXISTS addresses_all ON city, zip, country FROM addresses;
ALTER STATISTICS addresses_all SET STATISTICS 500;
CREATE STATISTICS addresses_mcv (mcv) ON country, lower(city) FROM addresses;
