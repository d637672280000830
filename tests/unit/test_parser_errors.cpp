#include <unistd.h>

#include <filesystem>
#include <fstream>

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
        "-- a publication\n"
        "   CREATE PUBLICATION p FOR TABLE t;\n");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "unsupported-statement");
    CHECK(diagnostics[0].message == "CREATE PUBLICATION is not supported");
    CHECK(diagnostics[0].location->line == 3);
    CHECK(diagnostics[0].location->column == 4);
    CHECK(schema::format_diagnostic(diagnostics[0]).find("^") != std::string::npos);
  }

  TEST_CASE("statements only a server can evaluate name the scratch server option") {
    const auto diagnostics = parse_errors(
        "CREATE TABLE t (a int);\n"
        "INSERT INTO t VALUES (1);\n"
        "DO $$ BEGIN PERFORM 1; END $$;\n"
        "SELECT setval('s', 5);\n"
        "UPDATE t SET a = 2;\n"
        "DELETE FROM t;\n");
    REQUIRE(count_code(diagnostics, "needs-dev-server") == 5);
    CHECK(diagnostics[0].message.starts_with("INSERT cannot be read from text"));
    CHECK(diagnostics[0].message.find("--dev-url") != std::string::npos);
    CHECK(diagnostics[1].location->line == 3);
    CHECK(diagnostics[1].message.starts_with("DO "));
  }

  TEST_CASE("unsupported features of supported statements") {
    const auto diagnostics = parse_errors(
        "CREATE TABLE p (a int) PARTITION BY RANGE (a);\n"
        "CREATE TABLE p1 PARTITION OF p (a DEFAULT 1) FOR VALUES FROM (1) TO (2);\n"
        "CREATE TABLE c (b int) INHERITS (p);\n"
        "CREATE TABLE w (a int) WITH (toast.autovacuum_enabled = off);\n");
    CHECK(count_code(diagnostics, "unsupported-feature") == 2);
    // PostgreSQL refuses to inherit from a partitioned table.
    REQUIRE(count_code(diagnostics, "wrong-object-type") == 1);
  }

  TEST_CASE("range types: the multirange name is taken, the subtype is required") {
    const auto diagnostics = parse_errors(
        "CREATE TYPE floatrange AS RANGE (subtype = float8);\n"
        "CREATE TYPE floatmultirange AS ENUM ('a');\n"
        "CREATE TYPE span AS RANGE (subtype = int4, multirange_type_name = floatrange);\n"
        "CREATE TYPE nosub AS RANGE (collation = \"C\");\n"
        "CREATE TYPE odd AS RANGE (subtype = int4, flavour = sweet);\n");
    REQUIRE(count_code(diagnostics, "duplicate-object") == 2);
    CHECK(diagnostics[0].message == "type \"public.floatmultirange\" already exists");
    CHECK(diagnostics[0].location->line == 2);
    CHECK(diagnostics[1].message.find("the multirange type of public.span") != std::string::npos);
    CHECK(count_code(diagnostics, "syntax-error") == 2);
    CHECK(diagnostics[2].message == "type attribute \"subtype\" is required");
    CHECK(diagnostics[3].location->line == 5);
  }

  TEST_CASE("collations: FROM a system collation, missing locale, duplicates") {
    const auto diagnostics = parse_errors(
        "CREATE COLLATION a FROM \"en_US\";\n"
        "CREATE COLLATION b (PROVIDER = icu);\n"
        "CREATE COLLATION c (LOCALE = 'C');\n"
        "CREATE COLLATION IF NOT EXISTS c (LOCALE = 'POSIX');\n"
        "CREATE COLLATION c (LOCALE = 'POSIX');\n");
    REQUIRE(diagnostics.size() == 3);
    CHECK(diagnostics[0].code == "unsupported-feature");
    CHECK(diagnostics[0].location->line == 1);
    CHECK(diagnostics[1].code == "syntax-error");
    CHECK(diagnostics[1].location->line == 2);
    CHECK(diagnostics[2].code == "duplicate-object");
    CHECK(diagnostics[2].location->line == 5);
  }

  TEST_CASE("unlogged and temporary sequences are refused, with their position") {
    // Introspection refuses an unlogged sequence too: a file must not turn it into a logged one.
    const auto diagnostics = parse_errors(
        "CREATE SEQUENCE kept;\n"
        "CREATE UNLOGGED SEQUENCE counters;\n"
        "CREATE TEMPORARY SEQUENCE scratch;\n");
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].code == "unsupported-feature");
    CHECK(diagnostics[0].message.find("unlogged sequences") != std::string::npos);
    CHECK(diagnostics[0].location->line == 2);
    CHECK(diagnostics[1].code == "unsupported-feature");
    CHECK(diagnostics[1].location->line == 3);
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

  TEST_CASE("default privileges warn; owners, privileges and session statements are silent") {
    schema::Diagnostics diagnostics;
    const auto catalog = parser::parse_sql(
        "BEGIN;\nSET search_path = '';\nSELECT pg_catalog.set_config('search_path', '', false);\n"
        "CREATE TABLE t (a int);\nALTER TABLE t OWNER TO bob;\nGRANT SELECT ON t TO bob;\n"
        "REVOKE ALL ON t FROM PUBLIC;\nALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO bob;\nCOMMIT;\n",
        "test.sql", diagnostics);
    CHECK(catalog.has_value());
    CHECK(diagnostics.size() == 1);
    CHECK(count_code(diagnostics, "not-managed") == 1);
    CHECK_FALSE(schema::has_errors(diagnostics));
  }

  TEST_CASE("unreadable paths and empty directories") {
    schema::Diagnostics diagnostics;
    CHECK_FALSE(parser::SqlFilesSource("/nonexistent/pgmorph/x.sql").load(diagnostics).has_value());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "io-error");
  }
}

TEST_SUITE("parser") {
  TEST_CASE("a directory is read in name order as one schema") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("pgmorph_parser_test_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "nested");
    schema::Diagnostics diagnostics;
    CHECK_FALSE(parser::SqlFilesSource(dir.string()).load(diagnostics).has_value());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "empty-input");

    std::ofstream(dir / "02_child.sql") << "CREATE TABLE child (p int REFERENCES parent);\n";
    std::ofstream(dir / "01_parent.sql") << "CREATE TABLE parent (id int PRIMARY KEY);\n";
    std::ofstream(dir / "03_bad.sql") << "\n  CREATE TABEL x ();\n";
    std::ofstream(dir / "notes.txt") << "not sql";
    std::ofstream(dir / "nested" / "x.sql") << "garbage";
    diagnostics.clear();
    CHECK_FALSE(parser::SqlFilesSource(dir.string()).load(diagnostics).has_value());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].location->path == (dir / "03_bad.sql").string());
    CHECK(diagnostics[0].location->line == 2);
    CHECK(diagnostics[0].location->column == 10);

    fs::remove(dir / "03_bad.sql");
    diagnostics.clear();
    const auto catalog = parser::SqlFilesSource(dir.string()).load(diagnostics);
    REQUIRE(catalog.has_value());
    CHECK(catalog->tables.size() == 2);
    fs::remove_all(dir);
  }

  TEST_CASE("psql meta-commands written by pg_dump are skipped") {
    const auto catalog = parse_ok(
        "\\restrict abc123\n-- comment\nCREATE TABLE t (a int);\n\n\\unrestrict abc123\n");
    CHECK(catalog.tables.size() == 1);
    const auto diagnostics = parse_errors("CREATE TABLE t (a int);\n\\i other.sql\n");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].message == "psql meta-command \\i is not supported");
    CHECK(diagnostics[0].location->line == 2);
  }

  TEST_CASE("a byte order mark is accepted; binary input is refused without echoing it") {
    schema::Diagnostics diagnostics;
    CHECK(parser::text_from_bytes("\xEF\xBB\xBF" "CREATE TABLE t (a int);", "bom.sql", diagnostics) ==
          "CREATE TABLE t (a int);");
    CHECK(diagnostics.empty());
    CHECK_FALSE(parser::text_from_bytes(std::string("\x7f" "ELF\0\1", 6), "bin.sql", diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "binary-input");
    CHECK(diagnostics[0].message == "bin.sql is not a text file (it holds NUL bytes): pgmorph reads SQL text");
  }

  TEST_CASE("control characters never reach the terminal") {
    const schema::Diagnostic escape{schema::Severity::error, "syntax-error", "near \"\x1b[31m\"",
                                    schema::SourceLocation{"f.sql", 1, 8, "SELECT \x1b[31m;\x07"}};
    const std::string text = schema::format_diagnostic(escape);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    CHECK(text == "f.sql:1:8: error[syntax-error]: near \"?[31m\"\n 1 | SELECT ?[31m;?\n   |        ^\n");
  }
}
