create type mood as enum ('ok', 'happy');
create table feelings (id int primary key, m mood not null);
create table kept (id int primary key, m mood);
