// Which column type changes PostgreSQL can convert, and the `-- pgmorph:using` hint.
#include <doctest/doctest.h>

#include "diff/casts.hpp"
#include "diff/diff.hpp"
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;
using diff::CastVerdict;

namespace {

CastVerdict verdict(const std::string& from, const std::string& to, const schema::Catalog& catalog = {}) {
  return diff::explicit_cast(from, to, catalog, catalog);
}

}  // namespace

TEST_SUITE("diff") {
  TEST_CASE("built-in casts, I/O conversions and type modifiers") {
    CHECK(verdict("integer", "bigint") == CastVerdict::exists);
    CHECK(verdict("bigint", "integer") == CastVerdict::exists);
    CHECK(verdict("integer", "boolean") == CastVerdict::exists);
    CHECK(verdict("character varying(10)", "character varying(20)") == CastVerdict::exists);
    CHECK(verdict("timestamp(3) without time zone", "date") == CastVerdict::exists);
    CHECK(verdict("integer", "text") == CastVerdict::exists);  // I/O conversion to a string
    CHECK(verdict("text", "uuid") == CastVerdict::exists);     // and from one
    CHECK(verdict("integer[]", "bigint[]") == CastVerdict::exists);
    CHECK(verdict("integer", "uuid") == CastVerdict::missing);
    CHECK(verdict("bigint", "timestamp without time zone") == CastVerdict::missing);
    CHECK(verdict("uuid", "integer") == CastVerdict::missing);
    CHECK(verdict("integer[]", "uuid[]") == CastVerdict::missing);
    CHECK(verdict("integer", "integer[]") == CastVerdict::missing);
    CHECK(verdict("jsonb", "json") == CastVerdict::exists);
    CHECK(verdict("date", "integer") == CastVerdict::missing);
  }

  TEST_CASE("domains convert as their base type, enums through text, extension types are unknown") {
    const auto catalog = parse_normalized(
        "CREATE DOMAIN posint AS integer CHECK (VALUE > 0);\n"
        "CREATE DOMAIN small_posint AS posint;\n"
        "CREATE TYPE mood AS ENUM ('ok');\n");
    CHECK(verdict("public.small_posint", "bigint", catalog) == CastVerdict::exists);
    CHECK(verdict("public.posint", "uuid", catalog) == CastVerdict::missing);
    CHECK(verdict("public.mood", "integer", catalog) == CastVerdict::exists);
    CHECK(verdict("public.citext", "integer", catalog) == CastVerdict::unknown);
  }

  TEST_CASE("a type change without a cast is an error unless a hint or --allow-drop-recreate says how") {
    const auto from = parse_normalized("CREATE TABLE t (a integer);\n");
    const auto to = parse_normalized("CREATE TABLE t (a uuid);\n");
    schema::Diagnostics diagnostics;
    CHECK(diff::diff(from, to, diagnostics).empty());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "no-cast");
    CHECK(diagnostics[0].message.find("integer to uuid") != std::string::npos);

    schema::Diagnostics allowed;
    const auto dropped = diff::diff(from, to, allowed, {.allow_drop_recreate = true});
    CHECK(allowed.empty());
    REQUIRE(dropped.size() == 2);
    CHECK(std::holds_alternative<diff::DropColumn>(dropped[0]));
    CHECK(std::holds_alternative<diff::AddColumn>(dropped[1]));

    const auto hinted = parse_normalized("CREATE TABLE t (\n  -- pgmorph:using gen_random_uuid()\n  a uuid);\n");
    CHECK(column(table(hinted, "t"), "a").using_expr.text == "gen_random_uuid()");
    CHECK(hinted == to);  // a hint is not part of the schema
    schema::Diagnostics with_hint;
    const auto altered = diff::diff(from, hinted, with_hint);
    CHECK(with_hint.empty());
    REQUIRE(altered.size() == 1);
    CHECK(std::get<diff::AlterColumn>(altered[0]).reverse_impossible);
  }

  TEST_CASE("a hint that is not one expression is an error at its line") {
    const auto errors = parse_errors("CREATE TABLE t (\n  -- pgmorph:using a b c (\n  a uuid);\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "invalid-hint");
    CHECK(errors[0].message.find("line 2") != std::string::npos);
  }
}
