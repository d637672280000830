CREATE TABLE accounts (id bigint NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');
CREATE TABLE accounts_us PARTITION OF accounts FOR VALUES IN ('us');

CREATE TABLE old_events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE old_events_2020 PARTITION OF old_events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE old_events_2021 PARTITION OF old_events FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
