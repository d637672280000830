create table visits (id int primary key, at date not null, hits int not null default 0);
create index visits_day on visits (at);
create index visits_recent on visits (hits) where at > '2021-01-01';
