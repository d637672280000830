CREATE TABLE addresses (
    id bigint PRIMARY KEY,
    city text NOT NULL,
    zip text NOT NULL
);
CREATE STATISTICS addresses_city_zip (dependencies) ON zip, city FROM addresses;
CREATE STATISTICS addresses_all ON city, zip FROM addresses;
ALTER STATISTICS addresses_all SET STATISTICS 100;
