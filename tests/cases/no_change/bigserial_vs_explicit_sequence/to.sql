CREATE SEQUENCE public.logs_id_seq;

CREATE TABLE public.logs (
    id bigint DEFAULT nextval('logs_id_seq') NOT NULL PRIMARY KEY,
    msg text
);

ALTER SEQUENCE public.logs_id_seq OWNED BY public.logs.id;
