create table g (id int primary key, a int, b int, c text);
create index g_b on g (b);
