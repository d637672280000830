// Trees built from libpg_query's JSON must be the trees its protobuf output gives.
#include <doctest/doctest.h>

#include <string>

#include "parser/json_tree.hpp"
#include "parser/proto.hpp"

using namespace pgmorph::parser;

namespace {

std::string packed(const PgQuery__ParseResult* tree) {
  std::string bytes(pg_query__parse_result__get_packed_size(tree), '\0');
  pg_query__parse_result__pack(tree, reinterpret_cast<uint8_t*>(bytes.data()));
  return bytes;
}

enum class Built { same, fallback };

// Builds `sql` from JSON; the tree must pack to libpg_query's protobuf bytes exactly, or the
// builder must decline (nullptr: the caller then parses through protobuf).
Built build(const std::string& sql) {
  INFO(sql);
  PgQueryParseResult json = pg_query_parse(sql.c_str());
  REQUIRE(json.error == nullptr);
  ProtoArena arena;
  PgQuery__ParseResult* tree = tree_from_json(json.parse_tree, sql, arena);
  pg_query_free_parse_result(json);
  if (tree == nullptr) return Built::fallback;
  PgQueryProtobufParseResult protobuf = pg_query_parse_protobuf(sql.c_str());
  REQUIRE(protobuf.error == nullptr);
  const std::string expected(protobuf.parse_tree.data, protobuf.parse_tree.len);
  pg_query_free_protobuf_parse_result(protobuf);
  CHECK(packed(tree) == expected);
  return Built::same;
}

}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("JSON-built trees equal the protobuf trees") {
    for (const char* sql : {
             "CREATE TABLE s.t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
             "a numeric(12,2) DEFAULT 0 NOT NULL, b text[] DEFAULT '{}', c int DEFAULT -1)",
             "SELECT -1, 0, 2147483647, -2147483648, 1.5, -0.5, 1e10, 'x', NULL, true, false",
             "SELECT 'it''s', E'tab\\there \\\\ back', 'quote\"inside', 'ünïcødé ✓ 𝄞', U&'\\0041'",
             "SELECT $$dollar ; quoted$$, $tag$with $$ inside$tag$",
             "CREATE INDEX i ON t USING btree (lower(a) text_pattern_ops, b DESC NULLS LAST) "
             "WHERE c IS NULL AND d > 0",
             "CREATE VIEW v AS SELECT a, count(*) FILTER (WHERE b) FROM t GROUP BY a HAVING count(*) > 1",
             "ALTER TABLE t ADD CONSTRAINT c CHECK (a BETWEEN 0 AND 10) NOT VALID",
             "CREATE FUNCTION f(x int DEFAULT 0) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$",
             "COMMENT ON COLUMN t.a IS 'line one\nline two'",
             "SELECT x::int[], x::int[3], x::varchar(10), x::timestamp(0), x::interval day",
         }) {
      CHECK(build(sql) == Built::same);
    }
  }

  TEST_CASE("values the JSON cannot carry make the builder decline") {
    // libpg_query 15 writes no value for an Integer <= 0 outside literals and array bounds.
    CHECK(build("CREATE SEQUENCE s INCREMENT BY -1 MINVALUE -10 START WITH 0") == Built::fallback);
    CHECK(build("CREATE SEQUENCE s INCREMENT BY 2 START WITH 5") == Built::same);
  }
}
