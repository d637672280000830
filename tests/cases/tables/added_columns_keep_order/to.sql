create table t (id int primary key, c varchar(64), g text generated always as (upper(c)) stored, r bigint);
