#include "codegen/dump.hpp"
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

namespace {

/// parse(render(parse(sql))) == parse(sql), and the rendered text.
std::string round_trip(const std::string& sql) {
  const schema::Catalog catalog = parse_normalized(sql);
  schema::Diagnostics diagnostics;
  const std::string dump = codegen::emit_dump(catalog, diagnostics);
  INFO(dump);
  CHECK(parse_normalized(dump) == catalog);
  return dump;
}

}  // namespace

TEST_SUITE("parser") {
  TEST_CASE("defaults that are not a bare b_expr are kept in parentheses") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (\n"
        "  a timestamp DEFAULT (now() AT TIME ZONE 'utc'),\n"
        "  b text DEFAULT ((now() AT TIME ZONE 'utc')::text),\n"
        "  c boolean DEFAULT (1 = 1 AND true),\n"
        "  d int DEFAULT ((NOT true)::int),\n"
        "  e int DEFAULT (1 + 2),\n"
        "  f timestamp DEFAULT now());\n");
    const auto& t = table(catalog, "t");
    CHECK(column(t, "a").default_expr == "(now() AT TIME ZONE 'utc')");
    // libpg_query alone prints `now() AT TIME ZONE 'utc'::text`, a cast of 'utc'.
    CHECK(column(t, "b").default_expr == "(now() AT TIME ZONE 'utc')::text");
    CHECK(column(t, "c").default_expr == "(1 = 1 AND true)");
    CHECK(column(t, "d").default_expr == "(NOT true)::int");
    CHECK(column(t, "e").default_expr == "1 + 2");
    CHECK(column(t, "f").default_expr == "now()");
  }

  TEST_CASE("index expressions that only look like calls are parenthesized") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (a timestamp, b text);\n"
        "CREATE INDEX i ON t ((a AT TIME ZONE 'utc'), (b::varchar), lower(b), (b || 'x'));\n");
    CHECK(catalog.indexes.at({"public", "i"}).definition ==
          "public.t USING btree ((a AT TIME ZONE 'utc'), (b::varchar), lower(b), (b || 'x'))");
  }

  TEST_CASE("index element options after an expression are separated by a space") {
    // libpg_query alone prints `f(num::text)DESC NULLS LAST`, `lower(b)COLLATE "C"`,
    // `(b::varchar)` as `b::varchar` and an opclass with options glued to a call.
    const auto catalog = parse_ok(
        "CREATE TABLE t (a int, b text, num varchar);\n"
        "CREATE FUNCTION f(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT $1';\n"
        "CREATE INDEX i1 ON t (a, public.f(num::text) DESC NULLS LAST) WHERE a > 0;\n"
        "CREATE INDEX i2 ON t (lower(b) ASC, lower(b) NULLS FIRST, (b::varchar) DESC, (b || 'x') DESC NULLS LAST);\n"
        "CREATE INDEX i3 ON t (lower(b) COLLATE \"C\" text_pattern_ops DESC, upper(b) text_pattern_ops NULLS FIRST);\n"
        "CREATE INDEX i4 ON t USING gist (to_tsvector('simple', b) tsvector_ops (siglen = 100));\n"
        "ALTER TABLE t ADD CONSTRAINT x EXCLUDE USING btree (lower(b) DESC WITH =);\n");
    const auto& indexes = catalog.indexes;
    CHECK(indexes.at({"public", "i1"}).definition ==
          "public.t USING btree (a, public.f(num::text) DESC NULLS LAST) WHERE a > 0");
    CHECK(indexes.at({"public", "i2"}).definition ==
          "public.t USING btree (lower(b), lower(b) NULLS FIRST, (b::varchar) DESC, (b || 'x') DESC NULLS LAST)");
    CHECK(indexes.at({"public", "i3"}).definition ==
          "public.t USING btree (lower(b) COLLATE \"C\" text_pattern_ops DESC, upper(b) text_pattern_ops NULLS FIRST)");
    CHECK(indexes.at({"public", "i4"}).definition ==
          "public.t USING gist (to_tsvector('simple', b) tsvector_ops(siglen=100))");
    CHECK(constraint(table(catalog, "t"), "x").definition == "EXCLUDE (lower(b) DESC WITH =)");
  }

  TEST_CASE("IS NOT DISTINCT FROM takes the form PostgreSQL stores") {
    const auto catalog = parse_ok("CREATE TABLE t (a int, b int, CHECK (a IS NOT DISTINCT FROM b));\n");
    const auto& check = table(catalog, "t").constraints.at(0);
    CHECK(check.definition == "CHECK (NOT a IS DISTINCT FROM b)");
    // and reads back to the same tree
    CHECK(parse_ok("CREATE TABLE t (a int, b int, CHECK (NOT (a IS DISTINCT FROM b)));\n") == catalog);
  }

  TEST_CASE("parenthesized text parses back to the same catalog") {
    const std::string dump = round_trip(
        "CREATE TABLE t (a timestamp DEFAULT (now() AT TIME ZONE 'utc'),\n"
        "  b text DEFAULT ((now() AT TIME ZONE 'utc')::text), c boolean DEFAULT (a IS NULL),\n"
        "  d int[] DEFAULT ((ARRAY[1, 2])[1:1]), e boolean GENERATED ALWAYS AS (a IS NOT NULL) STORED);\n"
        "CREATE INDEX i ON t ((a AT TIME ZONE 'utc'), (b::varchar));\n"
        "CREATE INDEX j ON t (lower(b) COLLATE \"C\" text_pattern_ops DESC NULLS LAST, (b::varchar) DESC);\n"
        "CREATE DOMAIN dm AS boolean DEFAULT (1 = 1 OR false);\n"
        "CREATE VIEW v AS SELECT (a AT TIME ZONE 'utc')::text AS x FROM t;\n");
    CHECK(dump.find("DEFAULT (a IS NULL)") != std::string::npos);
  }

  TEST_CASE("UNIQUE NULLS NOT DISTINCT survives as a constraint") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT, b int, c int,\n"
        "  CONSTRAINT t_b_c UNIQUE NULLS NOT DISTINCT (b, c), UNIQUE (c));\n");
    const auto& t = table(catalog, "t");
    CHECK(constraint(t, "t_a_key").definition == "UNIQUE NULLS NOT DISTINCT (a)");
    CHECK(constraint(t, "t_b_c").definition == "UNIQUE NULLS NOT DISTINCT (b, c)");
    CHECK(constraint(t, "t_c_key").definition == "UNIQUE (c)");
    round_trip("CREATE TABLE t (a int, CONSTRAINT u UNIQUE NULLS NOT DISTINCT (a));");
  }

  TEST_CASE("identity sequence options keep only what differs from the defaults") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (\n"
        "  a int GENERATED BY DEFAULT AS IDENTITY (START WITH -100 INCREMENT BY 5 MINVALUE -100 MAXVALUE 100),\n"
        "  b bigint GENERATED ALWAYS AS IDENTITY (START -50 INCREMENT -2),\n"
        "  c int GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1),\n"
        "  d smallint GENERATED ALWAYS AS IDENTITY (CACHE 20 CYCLE));\n");
    const auto& t = table(catalog, "t");
    CHECK(column(t, "a").identity_options == "INCREMENT BY 5 MINVALUE -100 MAXVALUE 100");
    CHECK(column(t, "b").identity_options == "INCREMENT BY -2 START WITH -50");
    CHECK(column(t, "c").identity_options.empty());
    CHECK(column(t, "d").identity_options == "CACHE 20 CYCLE");
    round_trip("CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 5),"
               " b int GENERATED ALWAYS AS IDENTITY (MAXVALUE 1000 CYCLE));");
  }

  TEST_CASE("ALTER COLUMN changes identity options and kind, DROP IDENTITY removes them") {
    const auto catalog = parse_ok(
        "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (INCREMENT BY 5), b int GENERATED ALWAYS AS IDENTITY);\n"
        "ALTER TABLE t ALTER COLUMN a SET GENERATED BY DEFAULT SET START WITH 10 SET MAXVALUE 50;\n"
        "ALTER TABLE t ALTER COLUMN b DROP IDENTITY;\n");
    const auto& t = table(catalog, "t");
    CHECK(column(t, "a").identity == schema::Identity::by_default);
    CHECK(column(t, "a").identity_options == "INCREMENT BY 5 MAXVALUE 50 START WITH 10");
    CHECK(column(t, "b").identity == schema::Identity::none);
    CHECK(column(t, "b").not_null);  // DROP IDENTITY keeps NOT NULL
  }
}
