create table public.users (
    id integer primary key,
    "email" TEXT not null
);

create index users_email_idx on public.users (email);
