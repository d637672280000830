-- orders goes with its rule; order_log goes too, so the rule on keep that writes to it
-- must be dropped first.
CREATE TABLE keep (id bigint PRIMARY KEY);
