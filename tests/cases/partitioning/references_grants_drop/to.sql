CREATE TABLE accounts (id bigint NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');
CREATE TABLE accounts_us PARTITION OF accounts FOR VALUES IN ('us');
CREATE TABLE accounts_asia PARTITION OF accounts FOR VALUES IN ('asia');
COMMENT ON TABLE accounts_eu IS 'EU accounts';
GRANT SELECT ON accounts_eu TO PUBLIC;

-- A foreign key to a partitioned table, from a new table.
CREATE TABLE payments (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL,
    region text NOT NULL,
    FOREIGN KEY (account_id, region) REFERENCES accounts (id, region)
);
