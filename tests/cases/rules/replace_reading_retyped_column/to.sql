-- The new version of the rule reads id, whose type changes in the same plan: CREATE OR
-- REPLACE cannot go on either side of the type change, so the rule is dropped before and
-- created after it. The added column does not concern the rule.
CREATE TABLE jobs (id bigint PRIMARY KEY, payload text, priority integer);
CREATE RULE announce AS ON INSERT TO jobs WHERE NEW.id > 0 DO ALSO DELETE FROM jobs WHERE payload IS NULL;
