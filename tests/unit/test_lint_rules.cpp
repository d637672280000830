// Rules on snippets outside the corpus. Every expectation follows docs/safety.md §1.2.
#include <doctest/doctest.h>

#include "lint/rule_catalog.hpp"
#include "test_lint_helpers.hpp"

using namespace pgmorph::lint;
using namespace pgmorph::lint::test;

TEST_SUITE("lint") {
  TEST_CASE("the catalogue has every rule of the five tables once, with unique slugs") {
    const auto& rules = rule_catalog();
    CHECK(rules.size() == 27 + 9 + 14 + 5 + 12);
    std::set<std::string_view> codes, slugs;
    for (const auto& rule : rules) {
      codes.insert(rule.code);
      slugs.insert(rule.slug);
      CHECK_FALSE(rule.alternative.empty());
    }
    CHECK(codes.size() == rules.size());
    CHECK(slugs.size() == rules.size());
    // D110 and up, C115 and up belong to the plan generator (codegen/hazards.hpp): never lint codes.
    for (const char* code : {"D110", "D111", "D112", "D113", "D114", "C115", "C116"}) CHECK(find_rule(code) == nullptr);
    CHECK(find_rule("d101")->slug == "drop-table");
    CHECK(find_rule("create-index-non-concurrent")->code == "L101");
  }

  TEST_CASE("L113: type changes use the old type from the setup") {
    const std::string setup = "create table t (v varchar(50), n numeric(10,2), ts timestamp, c cidr, i int);";
    CHECK_FALSE(fires("column-type-change-rewrite", "ALTER TABLE t ALTER COLUMN v TYPE varchar(80);", setup));
    CHECK_FALSE(fires("column-type-change-rewrite", "ALTER TABLE t ALTER COLUMN v TYPE text;", setup));
    CHECK(fires("column-type-change-rewrite", "ALTER TABLE t ALTER COLUMN v TYPE varchar(20);", setup));
    CHECK_FALSE(fires("column-type-change-rewrite", "ALTER TABLE t ALTER COLUMN n TYPE numeric(14,2);", setup));
    CHECK(fires("column-type-change-rewrite", "ALTER TABLE t ALTER COLUMN n TYPE numeric(14,4);", setup));
    CHECK_FALSE(fires("column-type-change-rewrite", "ALTER TABLE t ALTER COLUMN c TYPE inet;", setup));
    CHECK(fires("column-type-change-rewrite", "ALTER TABLE t ALTER COLUMN i TYPE bigint;", setup));
    // timestamp -> timestamptz is free only when the session TimeZone is UTC (and PG 12+).
    CHECK(fires("column-type-change-rewrite", "ALTER TABLE t ALTER COLUMN ts TYPE timestamptz;", setup));
    CHECK_FALSE(fires("column-type-change-rewrite",
                      "SET timezone = 'UTC'; ALTER TABLE t ALTER COLUMN ts TYPE timestamptz;", setup));
    // A USING expression rewrites; an unknown table is conservative.
    CHECK(fires("column-type-change-rewrite", "ALTER TABLE t ALTER COLUMN v TYPE text USING upper(v);", setup));
    CHECK(fires("column-type-change-rewrite", "ALTER TABLE other ALTER COLUMN v TYPE text;", setup));
  }

  TEST_CASE("L108: a validated CHECK (col IS NOT NULL) avoids the scan from PG 12 only") {
    const std::string checked = "create table t (v text, constraint v_nn check (v is not null));";
    CHECK_FALSE(fires("set-not-null-scan", "ALTER TABLE t ALTER COLUMN v SET NOT NULL;", checked));
    CHECK(fires("set-not-null-scan", "ALTER TABLE t ALTER COLUMN v SET NOT NULL;", checked, pg(11)));
    const std::string not_valid = "create table t (v text); alter table t add constraint v_nn check (v is not null) not valid;";
    CHECK(fires("set-not-null-scan", "ALTER TABLE t ALTER COLUMN v SET NOT NULL;", not_valid));
    CHECK_FALSE(fires("set-not-null-scan",
                      "ALTER TABLE t VALIDATE CONSTRAINT v_nn; ALTER TABLE t ALTER COLUMN v SET NOT NULL;", not_valid));
    CHECK_FALSE(fires("set-not-null-scan", "ALTER TABLE t ALTER COLUMN v SET NOT NULL;", "create table t (v text not null);"));
  }

  TEST_CASE("L114: fast defaults from PG 11, volatile functions always rewrite") {
    CHECK(fires("add-column-volatile-default", "ALTER TABLE t ADD COLUMN c bigint DEFAULT 10;", "", pg(10)));
    CHECK_FALSE(fires("add-column-volatile-default", "ALTER TABLE t ADD COLUMN c bigint DEFAULT 10;", "", pg(11)));
    CHECK_FALSE(fires("add-column-volatile-default", "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now();"));
    CHECK(fires("add-column-volatile-default", "ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid();"));
    CHECK(fires("add-column-volatile-default", "ALTER TABLE t ADD COLUMN c bigint DEFAULT my_fn();"));
    CHECK(fires("add-column-volatile-default", "ALTER TABLE t ADD COLUMN c bigint DEFAULT nextval('s');"));
    CHECK(fires("add-column-volatile-default", "ALTER TABLE t ADD COLUMN c int DEFAULT (random() * 10)::int;"));
    CHECK_FALSE(fires("add-column-volatile-default",
                      "ALTER TABLE t ADD COLUMN c timestamp DEFAULT (now() AT TIME ZONE 'utc');"));
    CHECK_FALSE(fires("add-column-volatile-default", "ALTER TABLE t ADD COLUMN c jsonb DEFAULT '{}'::jsonb;"));
    CHECK_FALSE(fires("add-column-volatile-default",
                      "CREATE TABLE t (id bigint); ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid();"));
  }

  TEST_CASE("new tables are exempt from index, constraint and rewrite rules") {
    const std::string sql =
        "CREATE TABLE t (id bigint, v text);\n"
        "CREATE INDEX t_v ON t (v);\n"
        "ALTER TABLE t ADD CONSTRAINT c CHECK (id > 0);\n"
        "ALTER TABLE t ALTER COLUMN v TYPE varchar(10);\n"
        "ALTER TABLE t ADD COLUMN s serial;\n"
        "DROP TABLE t;\n";
    const auto got = fired(run(sql));
    for (const char* slug : {"create-index-non-concurrent", "add-check-without-not-valid", "column-type-change-rewrite",
                             "add-column-serial-or-identity", "drop-table"})
      CHECK_MESSAGE(!got.contains(slug), slug);
  }

  TEST_CASE("CREATE TABLE IF NOT EXISTS of an existing table leaves it existing") {
    CHECK(fires("create-index-non-concurrent", "CREATE TABLE IF NOT EXISTS t (id bigint); CREATE INDEX i ON t (id);",
                "create table t (id bigint);"));
    CHECK_FALSE(fires("create-index-non-concurrent", "CREATE TABLE IF NOT EXISTS t (id bigint); CREATE INDEX i ON t (id);"));
  }

  TEST_CASE("L111: a primary key over columns not known NOT NULL") {
    CHECK(fires("primary-key-on-nullable-columns", "ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_i;",
                "create table t (id bigint); create unique index t_i on t (id);"));
    CHECK_FALSE(fires("primary-key-on-nullable-columns", "ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_i;",
                      "create table t (id bigint not null); create unique index t_i on t (id);"));
  }

  TEST_CASE("destructive and compatibility rules") {
    CHECK(fires("drop-cascade", "DROP VIEW v CASCADE;"));
    CHECK(fires("truncate-cascade", "TRUNCATE a, b CASCADE;"));
    CHECK(fires("drop-database", "DROP DATABASE prod;"));
    CHECK(fires("drop-schema", "DROP SCHEMA app;"));
    CHECK(fires("drop-constraint", "ALTER TABLE t DROP CONSTRAINT t_fk;"));
    CHECK_FALSE(fires("drop-constraint",
                      "ALTER TABLE t DROP CONSTRAINT t_fk; ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (p) REFERENCES p (id) NOT VALID;"));
    CHECK(fires("drop-not-null", "ALTER TABLE t ALTER COLUMN a DROP NOT NULL;"));
    CHECK(fires("rename-schema", "ALTER SCHEMA app RENAME TO app2;"));
    CHECK(fires("enum-add-value-unordered", "ALTER TYPE mood ADD VALUE 'meh';"));
    CHECK(fires("routine-untracked-dependencies", "DROP FUNCTION f(int);"));
    CHECK_FALSE(fires("routine-untracked-dependencies",
                      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1'; DROP FUNCTION f();"));
    // Atlas BC101: a view with the old name keeps old clients working.
    CHECK_FALSE(fires("rename-table", "ALTER TABLE t RENAME TO t2; CREATE VIEW t AS SELECT * FROM t2;"));
    CHECK(fires("authz-change", "GRANT SELECT ON t TO reader;"));
    CHECK_FALSE(fires("authz-change", "CREATE TABLE u (id bigint); GRANT SELECT ON u TO reader;"));
  }

  TEST_CASE("domains: CHECK on CREATE DOMAIN, ADD CONSTRAINT only without NOT VALID") {
    CHECK(fires("domain-check-constraint", "CREATE DOMAIN pos AS bigint CHECK (VALUE > 0);"));
    CHECK(fires("domain-check-constraint", "ALTER DOMAIN pos ADD CONSTRAINT c CHECK (VALUE < 9);"));
    CHECK_FALSE(fires("domain-check-constraint", "ALTER DOMAIN pos ADD CONSTRAINT c CHECK (VALUE < 9) NOT VALID;"));
  }

  TEST_CASE("S109: foreign keys need an index on the referencing columns by the end of the file") {
    const std::string tables = "CREATE TABLE p (id bigint PRIMARY KEY); CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint REFERENCES p (id));";
    CHECK(fires("foreign-key-missing-index", tables));
    CHECK_FALSE(fires("foreign-key-missing-index", tables + " CREATE INDEX c_p ON c (p_id);"));
    CHECK(fires("foreign-key-missing-index", tables + " CREATE INDEX c_p ON c (p_id) WHERE p_id > 0;"));
  }

  TEST_CASE("T104, T105, S108, S112") {
    CHECK(fires("duplicate-column-assignment", "UPDATE t SET a = 1, a = 2;"));
    CHECK(fires("duplicate-column-assignment", "CREATE VIEW v (a, a) AS SELECT 1, 2;"));
    CHECK(fires("identifier-too-long", "ALTER TABLE t ADD COLUMN " + std::string(64, 'x') + " bigint;"));
    CHECK_FALSE(fires("identifier-too-long", "ALTER TABLE t ADD COLUMN " + std::string(63, 'x') + " bigint;"));
    // 32 two-byte characters are 64 bytes.
    std::string wide;
    for (int i = 0; i < 32; ++i) wide += "\xc3\xa9";
    CHECK(fires("identifier-too-long", "CREATE TABLE \"" + wide + "\" (id bigint);"));
    CHECK(fires("index-too-many-columns", "CREATE INDEX i ON t (a, b, c, d);"));
    CHECK_FALSE(fires("index-too-many-columns", "CREATE UNIQUE INDEX i ON t (a, b, c, d);"));
    CHECK_FALSE(fires("column-alignment", "CREATE TABLE t (id bigint, at timestamptz, n int, f boolean, s text);"));
    CHECK(fires("column-alignment", "CREATE TABLE t (f boolean, id bigint);"));
  }

  TEST_CASE("opt-in rules stay off unless enabled") {
    const std::string sql = "CREATE TYPE mood AS ENUM ('a', 'b');";
    CHECK_FALSE(fired(run(sql, "", {}, false)).contains("creating-enum"));
    LintSettings settings;
    settings.enabled.insert("creating-enum");
    CHECK(fired(run(sql, "", settings, false)).contains("creating-enum"));
    settings.disabled.insert("creating-enum");
    CHECK_FALSE(fired(run(sql, "", settings, true)).contains("creating-enum"));
  }

  TEST_CASE("L127 needs a known affected minor release") {
    CHECK(fires("pg14-concurrent-index-corruption", "CREATE INDEX CONCURRENTLY i ON t (a);", "", pg(14, 0)));
    CHECK_FALSE(fires("pg14-concurrent-index-corruption", "CREATE INDEX CONCURRENTLY i ON t (a);", "", pg(14, 4)));
    CHECK_FALSE(fires("pg14-concurrent-index-corruption", "CREATE INDEX CONCURRENTLY i ON t (a);", "", pg(15, 1)));
  }

  TEST_CASE("L118 from PG 14, where DETACH CONCURRENTLY exists") {
    CHECK(fires("detach-partition-non-concurrent", "ALTER TABLE t DETACH PARTITION p;", "", pg(14)));
    CHECK_FALSE(fires("detach-partition-non-concurrent", "ALTER TABLE t DETACH PARTITION p;", "", pg(13)));
    CHECK_FALSE(fires("detach-partition-non-concurrent", "ALTER TABLE t DETACH PARTITION p FINALIZE;", "", pg(14)));
  }

  TEST_CASE("parse_pg_version") {
    CHECK(parse_pg_version("16")->major == 16);
    CHECK_FALSE(parse_pg_version("16")->minor.has_value());
    CHECK(*parse_pg_version("14.2")->minor == 2);
    CHECK_FALSE(parse_pg_version("x").has_value());
    CHECK_FALSE(parse_pg_version("14.").has_value());
  }
}
