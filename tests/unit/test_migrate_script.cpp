// Splitting scripts into statements with their lines, and connection strings for scratch
// databases: the pieces `diff --verify` builds on that need no server.
#include <doctest/doctest.h>

#include <algorithm>

#include "cli/verify.hpp"
#include "migrate/script_runner.hpp"
#include "migrate/sql_session.hpp"
#include "parser/parse.hpp"

using namespace pgmorph;

TEST_SUITE("migrate") {
  TEST_CASE("a script splits into statements that start at their first token") {
    schema::Diagnostics diagnostics;
    const auto statements = parser::split_script(
        "-- header\nSET lock_timeout = '10s';\n\nBEGIN;\n\nCREATE FUNCTION f() RETURNS int\n"
        "LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\n"
        "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\n"
        "COMMIT;\n-- trailing comment\n",
        "up.sql", diagnostics);
    REQUIRE(statements);
    REQUIRE(statements->size() == 5);
    CHECK((*statements)[0].text == "SET lock_timeout = '10s'");
    CHECK((*statements)[0].location.line == 2);
    CHECK((*statements)[1].location.line == 4);
    CHECK((*statements)[2].location.line == 6);
    CHECK((*statements)[2].text.find("RETURN 1; END $$") != std::string::npos);
    CHECK((*statements)[3].location.line == 8);
    CHECK((*statements)[3].text.find("SELECT 2; END") != std::string::npos);
    CHECK((*statements)[4].text == "COMMIT");
    CHECK(diagnostics.empty());
  }

  TEST_CASE("a script with a syntax error does not split") {
    schema::Diagnostics diagnostics;
    CHECK_FALSE(parser::split_script("SELECT 'unterminated;\n", "up.sql", diagnostics));
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics[0].code == "syntax-error");
  }

  TEST_CASE("a scratch database keeps every connection setting but the database name") {
    const auto url = migrate::with_database("postgresql://alice:s3cret@db.example:6543/app?sslmode=require", "scratch_1");
    REQUIRE(url);
    CHECK(url->find("host='db.example'") != std::string::npos);
    CHECK(url->find("port='6543'") != std::string::npos);
    CHECK(url->find("user='alice'") != std::string::npos);
    CHECK(url->find("sslmode='require'") != std::string::npos);
    CHECK(url->find("app") == std::string::npos);
    CHECK(url->ends_with("dbname='scratch_1'"));
    const auto keywords = migrate::with_database("host=/tmp dbname=main application_name='a b'", "s");
    REQUIRE(keywords);
    CHECK(keywords->find("application_name='a b'") != std::string::npos);
    CHECK(keywords->find("main") == std::string::npos);
    CHECK_FALSE(migrate::with_database("host='unterminated", "s"));
    CHECK(migrate::quote_conninfo_value("it's\\") == "'it\\'s\\\\'");
  }

  TEST_CASE("a failure is described with its script line, SQLSTATE, DETAIL, HINT and statement") {
    migrate::StatementFailure failure;
    failure.statement.text = "ALTER TABLE t\n  ADD CONSTRAINT c UNIQUE (a);";
    failure.statement.location.path = "up.sql";
    failure.statement.location.line = 14;
    failure.error = {"23505", "could not create unique index \"c\"", "Key (a)=(1) is duplicated.", "", 0};
    CHECK(migrate::describe_failure(failure) ==
          "up.sql:14: 23505: could not create unique index \"c\"\n"
          "  DETAIL: Key (a)=(1) is duplicated.\n"
          "  statement:\n    ALTER TABLE t\n      ADD CONSTRAINT c UNIQUE (a);");
  }

  TEST_CASE("an unverified script gets a header of a fixed number of lines") {
    const std::string marked = cli::mark_unverified("BEGIN;\n", "up.sql:3: 42883: boom\n  statement: x");
    CHECK(marked.starts_with("-- UNVERIFIED"));
    CHECK(marked.find("-- up.sql:3: 42883: boom\nBEGIN;\n") != std::string::npos);
    CHECK(std::count(marked.begin(), marked.end(), '\n') == cli::k_unverified_header_lines + 1);
  }
}
