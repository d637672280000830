create table prices (id int primary key, net numeric not null, gross numeric generated always as (net * 1.25) stored, currency text not null default 'EUR');
create index prices_gross on prices (gross);
