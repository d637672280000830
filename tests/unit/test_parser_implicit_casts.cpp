// The casts PostgreSQL adds when it stores defaults, checks and index expressions.
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

TEST_SUITE("parser") {
  TEST_CASE("string literal defaults on text and varchar columns take the column's type") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (a text DEFAULT '', b varchar(10) DEFAULT 'x', c char(3) DEFAULT 'abc',\n"
        "  d int DEFAULT 0, e text DEFAULT 'y'::text, f date DEFAULT '2020-01-01');\n"
        "ALTER TABLE t ALTER COLUMN d SET DEFAULT 1;\n"
        "ALTER TABLE t ALTER COLUMN a SET DEFAULT 'z';\n");
    const auto& t = table(catalog, "t");
    CHECK(*column(t, "a").default_expr == "'z'::text");
    CHECK(*column(t, "b").default_expr == "'x'::varchar");
    CHECK(*column(t, "c").default_expr == "'abc'");  // bpchar: left to the server rendering
    CHECK(*column(t, "d").default_expr == "1");
    CHECK(*column(t, "e").default_expr == "'y'::text");
    CHECK(*column(t, "f").default_expr == "'2020-01-01'");  // dates are normalized by value
  }

  TEST_CASE("checks get the casts of numeric comparisons and of varchar arguments") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (n numeric(8,2), i int, f float8, r real, v varchar(5), s text,\n"
        "  CONSTRAINT c1 CHECK (n >= 0 AND 100 > n),\n"
        "  CONSTRAINT c2 CHECK (i >= 0),\n"
        "  CONSTRAINT c3 CHECK (f > 0 AND r < 1),\n"
        "  CONSTRAINT c4 CHECK (n > -1),\n"
        "  CONSTRAINT c5 CHECK (char_length(v) > 0 AND lower(s) <> ''),\n"
        "  CONSTRAINT c6 CHECK (v <> 'x' AND s = 'y'),\n"
        "  CONSTRAINT c7 CHECK (n >= 0::numeric AND (v)::text <> 'x'::text));\n");
    const auto& t = table(catalog, "t");
    CHECK(constraint(t, "c1").definition == "CHECK (n >= 0::numeric AND 100::numeric > n)");
    CHECK(constraint(t, "c2").definition == "CHECK (i >= 0)");
    CHECK(constraint(t, "c3").definition == "CHECK (f > 0::double precision AND r < 1::real)");
    CHECK(constraint(t, "c4").definition == "CHECK (n > -1)");  // negative: left to the server
    // The literal compared with a call's result is left to the server rendering.
    CHECK(constraint(t, "c5").definition == "CHECK (char_length(v::text) > 0 AND lower(s) <> '')");
    CHECK(constraint(t, "c6").definition == "CHECK (v::text <> 'x'::text AND s = 'y'::text)");
    // What a database reports is already in this form and stays as it is.
    CHECK(constraint(t, "c7").definition == "CHECK (n >= 0::numeric AND v::text <> 'x'::text)");
  }

  TEST_CASE("index keys and predicates get the same casts") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (v varchar(5), n numeric);\n"
        "CREATE INDEX t_v ON t (lower(v)) WHERE n > 0;\n");
    const auto found = catalog.indexes.find({"public", "t_v"});
    REQUIRE(found != catalog.indexes.end());
    CHECK(found->second.definition == "public.t USING btree (lower(v::text)) WHERE n > 0::numeric");
  }
}
