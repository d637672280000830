// Migration files cut into units and checked before anything runs (migrate/plan_checks.hpp),
// and server error positions mapped back to file line and character column.
#include "migrate/plan_checks.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace pgmorph;
using migrate::StatementKind;
using migrate::UnitMode;

namespace {

migrate::PlannedStatement kind_of(const std::string& sql) {
  return migrate::classify(parser::ScriptStatement{sql, {"x.sql", 1, 1, ""}});
}

}  // namespace

TEST_SUITE("migrate") {
  TEST_CASE("statements are classified by their keywords, not by comments or strings") {
    CHECK(kind_of("BEGIN").kind == StatementKind::begin);
    CHECK(kind_of("start transaction isolation level serializable").kind == StatementKind::begin);
    CHECK(kind_of("END").kind == StatementKind::commit);
    CHECK(kind_of("ROLLBACK").kind == StatementKind::rollback);
    CHECK(kind_of("ROLLBACK TO SAVEPOINT s").kind == StatementKind::ordinary);
    CHECK(kind_of("VACUUM t").kind == StatementKind::non_transactional);
    CHECK(kind_of("REINDEX (VERBOSE) INDEX CONCURRENTLY i").kind ==
          StatementKind::non_transactional);
    CHECK(kind_of("ALTER TABLE p DETACH PARTITION c CONCURRENTLY").kind ==
          StatementKind::non_transactional);
    CHECK(kind_of("ALTER TABLE p DETACH PARTITION c").kind == StatementKind::ordinary);
    CHECK(kind_of("/* CREATE INDEX CONCURRENTLY */ SELECT 'CREATE INDEX CONCURRENTLY'").kind ==
          StatementKind::ordinary);
    const auto cic = kind_of("create unique index concurrently if not exists \"Idx\" on s.t (a)");
    CHECK(cic.kind == StatementKind::non_transactional);
    CHECK(cic.creates_index);
    CHECK(cic.index_name == "\"Idx\"");
    const auto drop = kind_of("DROP INDEX CONCURRENTLY IF EXISTS s.i");
    CHECK(drop.kind == StatementKind::non_transactional);
    CHECK_FALSE(drop.creates_index);
    CHECK(drop.index_name == "s.i");
  }

  TEST_CASE("a file without BEGIN/COMMIT or non-transactional statements is one wrapped unit") {
    schema::Diagnostics diagnostics;
    const auto script = migrate::check_script(
        "001_a.up.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n", diagnostics);
    REQUIRE(script);
    REQUIRE(script->units.size() == 1);
    CHECK(script->units[0].mode == UnitMode::wrapped);
    CHECK(script->units[0].count == 2);
  }

  TEST_CASE(
      "a mixed file becomes own blocks, autocommit statements and single wrapped statements") {
    schema::Diagnostics diagnostics;
    const auto script =
        migrate::check_script("001_a.up.sql",
                              "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nCREATE INDEX "
                              "CONCURRENTLY a_i ON a (id);\nCREATE TABLE b (id int);\n",
                              diagnostics);
    REQUIRE(script);
    REQUIRE(script->units.size() == 3);
    CHECK(script->units[0].mode == UnitMode::own_block);
    CHECK(script->units[0].count == 3);
    CHECK(script->units[1].mode == UnitMode::autocommit);
    CHECK(script->units[1].first == 3);
    CHECK(script->units[2].mode == UnitMode::wrapped);
    CHECK(script->units[2].first == 4);
  }

  TEST_CASE("bad transaction structure is reported with line and column, every problem at once") {
    schema::Diagnostics diagnostics;
    const auto script =
        migrate::check_script("001_a.up.sql",
                              "COMMIT;\nBEGIN;\n  BEGIN;\nCREATE INDEX CONCURRENTLY i ON t "
                              "(a);\nROLLBACK;\nCOMMIT;\nBEGIN;\nSELECT 1;\n",
                              diagnostics);
    CHECK_FALSE(script);
    REQUIRE(diagnostics.size() == 5);
    CHECK(diagnostics[0].code == "commit-without-begin");
    CHECK(diagnostics[0].location->line == 1);
    CHECK(diagnostics[1].code == "nested-begin");
    CHECK(diagnostics[1].location->line == 3);
    CHECK(diagnostics[1].location->column == 3);
    CHECK(diagnostics[2].code == "non-transactional-in-block");
    CHECK(diagnostics[2].location->line == 4);
    CHECK(diagnostics[3].code == "rollback-in-migration");
    CHECK(diagnostics[4].code == "missing-commit");
    CHECK(diagnostics[4].location->line == 7);
  }

  TEST_CASE("a server position maps to line and character column through CRLF and multibyte text") {
    const std::string content =
        "-- \xC3\xA9\r\nINSERT INTO e VALUES ('\xC3\xBC\xC3\xB1'),\r\n  (nope);\r\n";
    schema::Diagnostics diagnostics;
    const auto script = migrate::check_script("e.sql", content, diagnostics);
    REQUIRE(script);
    const auto& statement = script->statements[0].statement;
    CHECK(statement.location.line == 2);
    // `nope` is character 34 of the statement (CR and LF count, each accented letter is one).
    const auto at = migrate::locate_in_statement(statement, 34, content);
    CHECK(at.line == 3);
    CHECK(at.column == 4);
    CHECK(at.line_text == "  (nope);");
    const auto first = migrate::locate_in_statement(statement, 1, content);
    CHECK(first.line == 2);
    CHECK(first.column == 1);
  }
}
