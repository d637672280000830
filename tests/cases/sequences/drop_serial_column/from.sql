CREATE TABLE public.tickets (
    code text PRIMARY KEY,
    seq_no serial
);
