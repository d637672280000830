CREATE TABLE public.logs (
    id bigserial NOT NULL,
    msg text,
    CONSTRAINT logs_pkey PRIMARY KEY (id)
);
