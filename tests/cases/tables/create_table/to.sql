CREATE TABLE public.users (
    id integer PRIMARY KEY
);

CREATE TABLE public.audit_entries (
    id bigint NOT NULL,
    user_id integer,
    action varchar(32) NOT NULL,
    payload jsonb,
    created_at timestamp(3) with time zone NOT NULL DEFAULT now(),
    CONSTRAINT audit_entries_pkey PRIMARY KEY (id)
);
