create table items (id bigint generated always as identity primary key, sku text, title text not null);
