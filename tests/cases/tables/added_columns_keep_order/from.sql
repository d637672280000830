create table t (id int primary key, c text, g text generated always as (upper(c)) stored);
