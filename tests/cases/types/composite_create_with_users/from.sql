CREATE TABLE versions (id integer PRIMARY KEY, num varchar NOT NULL);
