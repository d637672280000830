CREATE TABLE vehicle (id integer PRIMARY KEY, wheels integer DEFAULT 4);
