-- The table goes with its policy (and the function the policy calls).
CREATE TABLE keep (id bigint PRIMARY KEY);
