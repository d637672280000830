CREATE TABLE "public"."users" (
    "id" INTEGER PRIMARY KEY,
    email text NOT NULL
);

CREATE INDEX "users_email_idx" ON public.users USING btree (email ASC NULLS LAST);
