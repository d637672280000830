#include <doctest/doctest.h>

#include <variant>

#include "diff/diff.hpp"
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using parser::test::parse_errors;
using parser::test::parse_normalized;

namespace {

struct Outcome {
  diff::ChangeSet changes;
  schema::Diagnostics diagnostics;
};

Outcome diff_sql(const std::string& from, const std::string& to) {
  Outcome out;
  out.changes = diff::diff(parse_normalized(from), parse_normalized(to), out.diagnostics);
  return out;
}

bool has_code(const schema::Diagnostics& diagnostics, const std::string& code) {
  for (const auto& d : diagnostics)
    if (d.code == code) return true;
  return false;
}

template <class T>
int count(const diff::ChangeSet& changes) {
  int n = 0;
  for (const auto& change : changes) n += std::holds_alternative<T>(change) ? 1 : 0;
  return n;
}

}  // namespace

TEST_SUITE("renames") {
  TEST_CASE("a renamed table with renamed columns is renamed, never dropped") {
    const auto out = diff_sql("CREATE TABLE a (id int PRIMARY KEY, x text);",
                              "-- pgmorph:renamed-from a\nCREATE TABLE b (id int PRIMARY KEY,\n"
                              "  -- pgmorph:renamed-from x\n  y text);");
    CHECK(count<diff::RenameTable>(out.changes) == 1);
    CHECK(count<diff::RenameColumn>(out.changes) == 1);
    CHECK(count<diff::RenameConstraint>(out.changes) == 1);  // a_pkey -> b_pkey
    CHECK(count<diff::DropTable>(out.changes) == 0);
    CHECK(count<diff::DropColumn>(out.changes) == 0);
    CHECK(out.changes.size() == 3);
  }

  TEST_CASE("a hint that was applied already changes nothing; one with nothing to rename warns") {
    const auto applied = diff_sql("CREATE TABLE b (id int);", "-- pgmorph:renamed-from a\nCREATE TABLE b (id int);");
    CHECK(applied.changes.empty());
    CHECK(applied.diagnostics.empty());
    const auto unused = diff_sql("CREATE TABLE c (id int);",
                                 "CREATE TABLE c (id int);\n-- pgmorph:renamed-from a\nCREATE TABLE b (id int);");
    CHECK(count<diff::CreateTable>(unused.changes) == 1);
    CHECK(has_code(unused.diagnostics, "rename-hint-unused"));
  }

  TEST_CASE("a hint whose old name is still declared, or moves schemas, is an error") {
    const auto kept = diff_sql("CREATE TABLE a (id int);",
                               "CREATE TABLE a (id int);\n-- pgmorph:renamed-from a\nCREATE TABLE b (id int);");
    CHECK(has_code(kept.diagnostics, "invalid-hint"));
    const auto moved = diff_sql("CREATE SCHEMA s; CREATE TABLE a (id int);",
                                "CREATE SCHEMA s;\n-- pgmorph:renamed-from public.a\nCREATE TABLE s.b (id int);");
    CHECK(has_code(moved.diagnostics, "unsupported-change"));
  }

  TEST_CASE("a drop + add that looks like a rename is suggested, never guessed") {
    const auto column = diff_sql("CREATE TABLE t (id int, mail text);", "CREATE TABLE t (id int, email text);");
    CHECK(count<diff::DropColumn>(column.changes) == 1);
    CHECK(count<diff::AddColumn>(column.changes) == 1);
    REQUIRE(has_code(column.diagnostics, "rename-suggestion"));
    CHECK(column.diagnostics.back().message.find("-- pgmorph:renamed-from mail") != std::string::npos);
    const auto table = diff_sql("CREATE TABLE a (id int, x text);", "CREATE TABLE b (id int, x text);");
    CHECK(has_code(table.diagnostics, "rename-suggestion"));
    // Two candidates of one type: no suggestion.
    const auto two = diff_sql("CREATE TABLE t (a text, b text);", "CREATE TABLE t (c text, d text);");
    CHECK_FALSE(has_code(two.diagnostics, "rename-suggestion"));
    // Another type: no suggestion.
    const auto retyped = diff_sql("CREATE TABLE t (id int, a text);", "CREATE TABLE t (id int, b int);");
    CHECK_FALSE(has_code(retyped.diagnostics, "rename-suggestion"));
  }

  TEST_CASE("a rename hint must name an identifier") {
    const auto errors = parse_errors("CREATE TABLE t (\n  -- pgmorph:renamed-from a b\n  c int);");
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0].code == "invalid-hint");
    CHECK(errors[0].location->line == 3);
  }
}
