#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

namespace {

std::size_t count_code(const schema::Diagnostics& diagnostics, const std::string& code) {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [&](const auto& d) { return d.code == code; }));
}

}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("every syntax error is reported with its position") {
    const auto diagnostics = parse_errors(
        "CREATE TABLE a (x int;\n"
        "CREATE TABLE b (y int);\n"
        "  SELEC 1;\n"
        "CREATE TABLE \"é\" (ü int, x foo bar);\n");
    REQUIRE(diagnostics.size() == 3);
    CHECK(diagnostics[0].code == "syntax-error");
    CHECK(diagnostics[0].message == "syntax error at or near \";\"");
    CHECK(diagnostics[0].location->line == 1);
    CHECK(diagnostics[0].location->column == 22);
    CHECK(diagnostics[1].location->line == 3);
    CHECK(diagnostics[1].location->column == 3);
    CHECK(diagnostics[1].message == "syntax error at or near \"SELEC\"");
    CHECK(diagnostics[2].location->line == 4);
    CHECK(diagnostics[2].location->column == 32);  // characters, not bytes
    CHECK(diagnostics[2].location->line_text == "CREATE TABLE \"é\" (ü int, x foo bar);");
  }

  TEST_CASE("unsupported statements are errors at the statement start") {
    const auto diagnostics = parse_errors(
        "CREATE TABLE t (a int);\n"
        "-- a rule\n"
        "   CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;\n");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "unsupported-statement");
    CHECK(diagnostics[0].message == "CREATE RULE is not supported");
    CHECK(diagnostics[0].location->line == 3);
    CHECK(diagnostics[0].location->column == 4);
    CHECK(schema::format_diagnostic(diagnostics[0]).find("^") != std::string::npos);
  }

  TEST_CASE("unsupported features of supported statements") {
    const auto diagnostics = parse_errors(
        "CREATE TABLE p (a int) PARTITION BY RANGE (a);\n"
        "CREATE TABLE c (b int) INHERITS (p);\n"
        "CREATE TABLE w (a int) WITH (fillfactor = 50);\n"
        "CREATE TYPE pair AS (a int, b int);\n");
    CHECK(count_code(diagnostics, "unsupported-feature") == 4);
  }

  TEST_CASE("duplicates and missing objects") {
    const auto diagnostics = parse_errors(
        "CREATE TABLE t (a int);\n"
        "CREATE TABLE t (b int);\n"
        "ALTER TABLE missing ADD CHECK (a > 0);\n"
        "COMMENT ON TABLE nope IS 'x';\n");
    CHECK(count_code(diagnostics, "duplicate-object") == 1);
    CHECK(count_code(diagnostics, "undefined-object") == 2);
  }

  TEST_CASE("ownership and privileges warn, session statements are silent") {
    schema::Diagnostics diagnostics;
    const auto catalog = parser::parse_sql(
        "BEGIN;\nSET search_path = '';\nSELECT pg_catalog.set_config('search_path', '', false);\n"
        "CREATE TABLE t (a int);\nALTER TABLE t OWNER TO bob;\nGRANT SELECT ON t TO bob;\n"
        "REVOKE ALL ON t FROM PUBLIC;\nALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO bob;\nCOMMIT;\n",
        "test.sql", diagnostics);
    CHECK(catalog.has_value());
    CHECK(diagnostics.size() == 4);
    CHECK(count_code(diagnostics, "not-managed") == 4);
    CHECK_FALSE(schema::has_errors(diagnostics));
  }

  TEST_CASE("unreadable paths and empty directories") {
    schema::Diagnostics diagnostics;
    CHECK_FALSE(parser::SqlFilesSource("/nonexistent/pgmorph/x.sql").load(diagnostics).has_value());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "io-error");
  }
}
