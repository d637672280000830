create table visits (id int primary key, at timestamp not null, hits int not null default 0);
create index visits_day on visits (date(at));
create index visits_recent on visits (hits) where at > '2020-01-01';
