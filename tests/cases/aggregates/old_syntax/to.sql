CREATE AGGREGATE sum_old (BASETYPE = bigint, SFUNC = int8pl, STYPE = bigint);
CREATE AGGREGATE count_old (BASETYPE = "any", SFUNC = int8inc, STYPE = bigint, INITCOND = 0);
