CREATE SCHEMA app;
CREATE TABLE app."Orders" (id int, "Note" text);
