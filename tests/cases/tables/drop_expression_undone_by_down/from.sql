create table g (id int primary key, a int, b int generated always as (a*2) stored, c text);
create index g_b on g (b);
