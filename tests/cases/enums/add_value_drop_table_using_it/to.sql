create type mood as enum ('sad', 'ok', 'happy');
create table kept (id int primary key, m mood);
