CREATE TABLE public.items (
    id integer PRIMARY KEY
);

CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."Leads" (
    id integer PRIMARY KEY,
    "fullName" text NOT NULL
);
