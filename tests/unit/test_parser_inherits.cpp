// CREATE TABLE ... INHERITS: merged columns, what a child keeps in the model, refusals.
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

TEST_SUITE("parser") {
  TEST_CASE("a child keeps its own columns, a merged one in its parent's place") {
    const auto catalog = parse_normalized(
        "CREATE TABLE p (id int NOT NULL, note text DEFAULT 'x', kind text);\n"
        "CREATE TABLE c (extra int, note text, kind text NOT NULL DEFAULT 'k') INHERITS (p);\n");
    const auto& child = table(catalog, "c");
    REQUIRE(child.inherits.size() == 1);
    CHECK(child.inherits[0].name == "p");
    // id is only inherited (not in the model); note and kind are merged and move up.
    CHECK(column_names(child) == std::vector<std::string>{"note", "kind", "extra"});
    CHECK(column(child, "note").default_expr == "'x'::text");  // the parent's, none declared
    CHECK(column(child, "kind").not_null);
    CHECK(column(child, "kind").default_expr == "'k'::text");
  }

  TEST_CASE("ALTER TABLE on a parent reaches the children's merged columns unless ONLY") {
    const auto catalog = parse_normalized(
        "CREATE TABLE p (a int, b int);\n"
        "CREATE TABLE c (a int, b int) INHERITS (p);\n"
        "CREATE TABLE g (a int) INHERITS (c);\n"
        "ALTER TABLE p ALTER COLUMN a SET DEFAULT 7;\n"
        "ALTER TABLE p ALTER COLUMN a SET NOT NULL;\n"
        "ALTER TABLE ONLY p ALTER COLUMN b SET DEFAULT 9;\n");
    CHECK(column(table(catalog, "c"), "a").default_expr == "7");
    CHECK(column(table(catalog, "g"), "a").not_null);
    CHECK_FALSE(column(table(catalog, "c"), "b").default_expr.has_value());
  }

  TEST_CASE("pg_dump's SET DEFAULT on an inherited column is no change when it is the parent's") {
    const auto catalog = parse_normalized(
        "CREATE TABLE p (id bigserial, n int DEFAULT 3);\n"
        "CREATE TABLE c (x int) INHERITS (p);\n"
        "ALTER TABLE ONLY c ALTER COLUMN n SET DEFAULT 3;\n"
        "ALTER TABLE ONLY c ALTER COLUMN id SET DEFAULT nextval('p_id_seq'::regclass);\n");
    CHECK(column_names(table(catalog, "c")) == std::vector<std::string>{"x"});
  }

  TEST_CASE("inheritance refusals, with their position") {
    const auto diagnostics = parse_errors(
        "CREATE TABLE p (a int, b int DEFAULT 1);\n"
        "CREATE TABLE c1 (a text) INHERITS (p);\n"
        "CREATE TABLE c2 (z int) INHERITS (nowhere);\n"
        "CREATE TABLE c3 (z int) INHERITS (p, p);\n"
        "CREATE TABLE c4 (z int) INHERITS (p);\n"
        "ALTER TABLE ONLY c4 ALTER COLUMN b SET DEFAULT 2;\n"
        "ALTER TABLE c4 ALTER COLUMN a SET STORAGE external;\n");
    REQUIRE(diagnostics.size() == 5);
    CHECK(diagnostics[0].code == "datatype-mismatch");
    CHECK(diagnostics[0].location->line == 2);
    CHECK(diagnostics[1].code == "undefined-object");
    CHECK(diagnostics[1].location->line == 3);
    CHECK(diagnostics[2].code == "duplicate-object");
    CHECK(diagnostics[2].location->line == 4);
    CHECK(diagnostics[3].code == "unsupported-feature");
    CHECK(diagnostics[3].location->line == 6);
    CHECK(diagnostics[4].code == "unsupported-feature");
    CHECK(diagnostics[4].message.find("is inherited") != std::string::npos);
  }
}

TEST_SUITE("parser") {
  TEST_CASE("a merged column is the child's own: its default and the parent's statistics reach it") {
    const auto catalog = parse_normalized(
        "CREATE TABLE p (a int DEFAULT 1, b int);\n"
        "CREATE TABLE c (a int) INHERITS (p);\n"
        "ALTER TABLE ONLY c ALTER COLUMN a SET DEFAULT 5;\n"
        "ALTER TABLE p ALTER COLUMN a SET STATISTICS 300;\n"
        "ALTER TABLE ONLY c ALTER COLUMN a SET STATISTICS 100;\n");
    CHECK(column(table(catalog, "c"), "a").default_expr == "5");
    CHECK(column(table(catalog, "c"), "a").statistics == 100);
    CHECK(column(table(catalog, "p"), "a").statistics == 300);
  }
}
