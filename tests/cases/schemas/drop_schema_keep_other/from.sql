CREATE SCHEMA staging;
CREATE SCHEMA app;

CREATE TABLE app.users (
    id integer PRIMARY KEY
);
