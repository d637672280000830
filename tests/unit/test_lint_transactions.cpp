// Transaction tracking, timeouts, suppression comments and syntax errors.
#include <doctest/doctest.h>

#include "test_lint_helpers.hpp"

using namespace pgmorph::lint;
using namespace pgmorph::lint::test;

TEST_SUITE("lint") {
  TEST_CASE("T101/T102: nesting, stray COMMIT, missing COMMIT, control in a wrapped file") {
    CHECK(fires("transaction-nesting", "BEGIN; BEGIN; SELECT 1; COMMIT;"));
    CHECK(fires("transaction-nesting", "SELECT 1; COMMIT;"));
    CHECK_FALSE(fires("transaction-nesting", "BEGIN; SELECT 1; COMMIT; BEGIN; SELECT 2; ROLLBACK;"));
    CHECK(fires("transaction-nesting", "BEGIN; SELECT 1; COMMIT;", "", wrapped()));
    CHECK(fires("uncommitted-transaction", "BEGIN; CREATE TABLE t (id bigint);"));
    CHECK_FALSE(fires("uncommitted-transaction", "BEGIN; CREATE TABLE t (id bigint); COMMIT;"));
    // The runner commits a wrapped file: a trailing BEGIN is its business (T101 reports it).
    CHECK_FALSE(fires("uncommitted-transaction", "BEGIN; CREATE TABLE t (id bigint);", "", wrapped()));
    const auto result = run("SELECT 1;\nBEGIN;\nCREATE TABLE t (id bigint);\n");
    for (const auto& finding : result.findings)
      if (finding.rule->slug == "uncommitted-transaction") CHECK(finding.location.line == 2);
  }

  TEST_CASE("L104: non-transactional statements inside BEGIN or a wrapped file, not after COMMIT") {
    CHECK(fires("non-transactional-in-transaction", "BEGIN; DROP INDEX CONCURRENTLY i; COMMIT;"));
    CHECK(fires("non-transactional-in-transaction", "REINDEX INDEX CONCURRENTLY i;", "", wrapped()));
    CHECK(fires("non-transactional-in-transaction", "ALTER TABLE t DETACH PARTITION p CONCURRENTLY;", "", wrapped()));
    CHECK_FALSE(fires("non-transactional-in-transaction", "CREATE INDEX CONCURRENTLY i ON t (a);"));
    CHECK_FALSE(fires("non-transactional-in-transaction", "BEGIN; SELECT 1; COMMIT; CREATE INDEX CONCURRENTLY i ON t (a);"));
    CHECK_FALSE(fires("non-transactional-in-transaction", "BEGIN; ANALYZE t; COMMIT;"));
    // ALTER TYPE ... ADD VALUE may run in a transaction from PG 12.
    CHECK(fires("non-transactional-in-transaction", "ALTER TYPE mood ADD VALUE 'x';", "", [] {
      auto settings = wrapped();
      settings.pg_version = {11, {}};
      return settings;
    }()));
    CHECK_FALSE(fires("non-transactional-in-transaction", "ALTER TYPE mood ADD VALUE 'x';", "", wrapped()));
  }

  TEST_CASE("L123/L124: SET LOCAL works only inside a transaction and ends with it") {
    CHECK_FALSE(fires("missing-lock-timeout", "BEGIN; SET LOCAL lock_timeout = '1s'; ALTER TABLE t ADD COLUMN c text; COMMIT;"));
    CHECK(fires("missing-lock-timeout", "BEGIN; SET LOCAL lock_timeout = '1s'; COMMIT; ALTER TABLE t ADD COLUMN c text;"));
    CHECK(fires("missing-lock-timeout", "SET LOCAL lock_timeout = '1s'; ALTER TABLE t ADD COLUMN c text;"));
    CHECK_FALSE(fires("missing-lock-timeout", "SET lock_timeout = '1s'; BEGIN; ALTER TABLE t ADD COLUMN c text; COMMIT;"));
    CHECK(fires("missing-lock-timeout", "SET lock_timeout = 0; ALTER TABLE t ADD COLUMN c text;"));
    CHECK(fires("missing-lock-timeout", "SET lock_timeout = '1s'; RESET lock_timeout; ALTER TABLE t ADD COLUMN c text;"));
    // Statements on tables created in the migration wait for nobody.
    CHECK_FALSE(fires("missing-lock-timeout", "CREATE TABLE t (id bigint); ALTER TABLE t ADD COLUMN c text;"));
    CHECK_FALSE(fires("missing-statement-timeout", "SELECT 1;"));
  }

  TEST_CASE("L107: VALIDATE in the transaction of its ADD ... NOT VALID, not in a later one") {
    const std::string add = "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;";
    const std::string validate = "ALTER TABLE t VALIDATE CONSTRAINT c;";
    CHECK(fires("validate-in-same-transaction", "BEGIN; " + add + validate + " COMMIT;"));
    CHECK_FALSE(fires("validate-in-same-transaction", "BEGIN; " + add + " COMMIT; BEGIN; " + validate + " COMMIT;"));
    CHECK_FALSE(fires("validate-in-same-transaction", add + validate));  // autocommit: two transactions
  }

  TEST_CASE("C108 and L125, L126 follow the transaction") {
    const std::string use = "ALTER TYPE status ADD VALUE 'archived'; UPDATE papers SET status = 'archived' WHERE id = 1;";
    CHECK(fires("enum-value-used-in-same-transaction", "BEGIN; " + use + " COMMIT;"));
    CHECK_FALSE(fires("enum-value-used-in-same-transaction", use));
    CHECK(fires("statements-after-access-exclusive", "BEGIN; ALTER TABLE a ADD COLUMN c text; ALTER TABLE b ADD COLUMN c text; COMMIT;"));
    CHECK_FALSE(fires("statements-after-access-exclusive", "ALTER TABLE a ADD COLUMN c text; ALTER TABLE b ADD COLUMN c text;"));
    CHECK(fires("backfill-in-migration", "BEGIN; UPDATE t SET a = 1 WHERE id < 9; ALTER TABLE t ADD COLUMN c text; COMMIT;"));
    CHECK_FALSE(fires("backfill-in-migration", "BEGIN; ALTER TABLE t ADD COLUMN c text; INSERT INTO t (c) VALUES ('x'); COMMIT;"));
    CHECK(fires("backfill-in-migration", "UPDATE t SET a = 1;"));
  }

  TEST_CASE("T103: only multi-statement files that run outside a transaction") {
    CHECK(fires("non-idempotent-ddl", "SELECT 1; CREATE TABLE t (id bigint);"));
    CHECK_FALSE(fires("non-idempotent-ddl", "SELECT 1; CREATE TABLE IF NOT EXISTS t (id bigint);"));
    CHECK_FALSE(fires("non-idempotent-ddl", "CREATE TABLE t (id bigint);"));
    CHECK_FALSE(fires("non-idempotent-ddl", "BEGIN; CREATE TABLE t (id bigint); COMMIT;"));
    CHECK_FALSE(fires("non-idempotent-ddl", "SELECT 1; CREATE TABLE t (id bigint);", "", wrapped()));
  }

  TEST_CASE("suppression comments: slug or code on the line before; unknown ids are errors") {
    const std::string sql =
        "SET lock_timeout = '1s'; SET statement_timeout = '1s';\n"
        "-- pgmorph:ignore create-index-non-concurrent, C110\n"
        "CREATE UNIQUE INDEX i ON t (a);\n"
        "CREATE INDEX j ON t (b);\n";
    const auto result = run(sql, "", {}, false);
    int l101 = 0;
    for (const auto& finding : result.findings) {
      CHECK(finding.rule->slug != "unique-index-data-dependent");
      if (finding.rule->code == "L101") {
        ++l101;
        CHECK(finding.location.line == 4);
      }
    }
    CHECK(l101 == 1);
    CHECK(result.diagnostics.empty());
    const auto bad = run("-- pgmorph:ignore L101, not-a-rule\nSELECT 1;\n");
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].code == "unknown-rule");
    CHECK(bad.diagnostics[0].location->line == 1);
    CHECK(bad.diagnostics[0].location->column == 25);
    CHECK(has_errors(bad));
  }

  TEST_CASE("every syntax error of every file, with line and column; such files yield no findings") {
    const auto result = lint({LintInput{"a.sql", "DROP TABLE x;\nCREATE TABL y (id int);\n"},
                              LintInput{"b.sql", "SELECT 1;\n  SELEC 2;\n"}},
                             {}, {});
    REQUIRE(result.diagnostics.size() == 2);
    CHECK(result.diagnostics[0].code == "syntax-error");
    CHECK(result.diagnostics[0].location->path == "a.sql");
    CHECK(result.diagnostics[0].location->line == 2);
    CHECK(result.diagnostics[0].location->column == 8);
    CHECK(result.diagnostics[1].location->path == "b.sql");
    CHECK(result.diagnostics[1].location->line == 2);
    CHECK(result.diagnostics[1].location->column == 3);
    CHECK(result.findings.empty());
    CHECK(has_errors(result));
  }

  TEST_CASE("exit status: warnings alone are not errors") {
    CHECK_FALSE(has_errors(run("SET lock_timeout = '1s'; DROP INDEX i;", "", {}, false)));
    CHECK(has_errors(run("SET lock_timeout = '1s'; DROP TABLE t;", "", {}, false)));
  }
}

TEST_SUITE("lint") {
  TEST_CASE("timeouts set with set_config() or switched off with 0ms") {
    CHECK_FALSE(fires("missing-lock-timeout",
                      "SELECT pg_catalog.set_config('lock_timeout', '2s', false); ALTER TABLE t ADD COLUMN c text;"));
    CHECK(fires("missing-lock-timeout",
                "SELECT set_config('lock_timeout', '2s', true); ALTER TABLE t ADD COLUMN c text;"));
    CHECK(fires("missing-lock-timeout", "SET lock_timeout = '0ms'; ALTER TABLE t ADD COLUMN c text;"));
    CHECK_FALSE(fires("missing-lock-timeout", "SET lock_timeout = '100ms'; ALTER TABLE t ADD COLUMN c text;"));
  }

  TEST_CASE("L125 counts any further statement; C108 only from PG 12; T103 accepts DROP ... IF EXISTS guards") {
    CHECK(fires("statements-after-access-exclusive", "BEGIN; ALTER TABLE a ADD COLUMN c text; SELECT count(*) FROM b; COMMIT;"));
    CHECK_FALSE(fires("statements-after-access-exclusive", "BEGIN; ALTER TABLE a ADD COLUMN c text; COMMIT;"));
    CHECK_FALSE(fires("enum-value-used-in-same-transaction",
                      "BEGIN; ALTER TYPE s ADD VALUE 'x'; UPDATE t SET s = 'x' WHERE id = 1; COMMIT;", "", pg(11)));
    CHECK_FALSE(fires("non-idempotent-ddl",
                      "ALTER TABLE t DROP CONSTRAINT IF EXISTS c; ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;"));
    CHECK(fires("non-idempotent-ddl", "SELECT 1; ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;"));
    CHECK(fires("duplicate-column-assignment", "INSERT INTO t (a, a) VALUES (1, 2);"));
  }
}

TEST_SUITE("lint") {
  TEST_CASE("a finding inside a multi-line ALTER TABLE points at its clause; ignore comments still sit above the statement") {
    const std::string sql =
        "SET lock_timeout = '1s'; SET statement_timeout = '1s';\n"
        "ALTER TABLE t\n"
        "  ADD CONSTRAINT c CHECK (a > 0);\n";
    const auto result = run(sql, "", {}, false);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule->code == "L105");
    CHECK(result.findings[0].location.line == 3);
    CHECK(result.findings[0].location.column == 7);
    CHECK(result.findings[0].location.line_text == "  ADD CONSTRAINT c CHECK (a > 0);");
    CHECK(run("-- pgmorph:ignore L105\n" + sql.substr(sql.find("ALTER")), "", {}, false).findings.size() == 2);
    CHECK(fired(run("SET lock_timeout = '1s'; SET statement_timeout = '1s';\n-- pgmorph:ignore L105\n" +
                    sql.substr(sql.find("ALTER")), "", {}, false))
              .empty());
  }
}
