#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

TEST_SUITE("parser") {
  TEST_CASE("type spellings are canonical like format_type") {
    const auto catalog = parse_ok(
        "CREATE TYPE mood AS ENUM ('a');\n"
        "CREATE TABLE t (a int4, b integer, c int, d int8, e smallint, f float4, g float8,\n"
        "  h float, i float(10), j double precision, k bool, l varchar(10), m character varying,\n"
        "  n char(3), o char, p numeric(10,2), q decimal(5), r timestamp, s timestamptz,\n"
        "  t timestamp(3) with time zone, u time, v timetz(2), w interval, x interval day to second(3),\n"
        "  y bit(4), z varbit(8), aa text[], ab integer[][], ac mood, ad public.mood[], ae jsonb,\n"
        "  af \"char\", ag bpchar(2), ah interval(2), ai interval year to month)");
    const auto& t = table(catalog, "t");
    const std::pair<const char*, const char*> expected[] = {
        {"a", "integer"}, {"b", "integer"}, {"c", "integer"}, {"d", "bigint"}, {"e", "smallint"},
        {"f", "real"}, {"g", "double precision"}, {"h", "double precision"}, {"i", "real"},
        {"j", "double precision"}, {"k", "boolean"}, {"l", "character varying(10)"},
        {"m", "character varying"}, {"n", "character(3)"}, {"o", "character(1)"},
        {"p", "numeric(10,2)"}, {"q", "numeric(5,0)"}, {"r", "timestamp without time zone"},
        {"s", "timestamp with time zone"}, {"t", "timestamp(3) with time zone"},
        {"u", "time without time zone"}, {"v", "time(2) with time zone"}, {"w", "interval"},
        {"x", "interval day to second(3)"}, {"y", "bit(4)"}, {"z", "bit varying(8)"},
        {"aa", "text[]"}, {"ab", "integer[]"}, {"ac", "public.mood"}, {"ad", "public.mood[]"},
        {"ae", "jsonb"}, {"af", "\"char\""}, {"ag", "character(2)"}, {"ah", "interval(2)"},
        {"ai", "interval year to month"}};
    for (const auto& [name, type] : expected) {
      INFO("column " << name);
      CHECK(column(t, name).type == type);
    }
    const schema::ObjectRef mood{schema::RefKind::type, {"public", "mood"}};
    CHECK(column(t, "ac").refs == std::vector<schema::ObjectRef>{mood});
  }

  TEST_CASE("int4 and integer give equal columns") {
    const auto a = parse_ok("CREATE TABLE t (x int4 DEFAULT 1::int4)");
    const auto b = parse_ok("create table T (X INTEGER default 1::integer)");
    CHECK(a == b);
    CHECK(column(table(a, "t"), "x").default_expr == "1::int");
  }

  TEST_CASE("expressions are canonical deparsed text") {
    const auto a = parse_ok("CREATE TABLE t (x text DEFAULT 'x', y int CHECK (y>0))");
    const auto b = parse_ok("CREATE TABLE t (x text default  'x',\n y int check ( (y > 0) ))");
    CHECK(a == b);
    const auto& t = table(a, "t");
    CHECK(column(t, "x").default_expr == "'x'::text");  // as PostgreSQL stores it
    CHECK(constraint(t, "t_y_check").definition == "CHECK (y > 0)");
  }

  TEST_CASE("nextval arguments become schema-qualified regclass literals") {
    const auto catalog = parse_ok(
        "CREATE SEQUENCE s; CREATE SEQUENCE \"Odd\";\n"
        "CREATE TABLE t (a bigint DEFAULT nextval('s'), b bigint DEFAULT nextval('public.s'::regclass),\n"
        "  c bigint DEFAULT nextval('\"Odd\"'))");
    const auto& t = table(catalog, "t");
    CHECK(column(t, "a").default_expr == "nextval('public.s'::regclass)");
    CHECK(column(t, "b").default_expr == "nextval('public.s'::regclass)");
    CHECK(column(t, "c").default_expr == "nextval('public.\"Odd\"'::regclass)");
    const schema::ObjectRef sequence{schema::RefKind::relation, {"public", "s"}};
    const auto& refs = column(t, "a").refs;
    CHECK(std::find(refs.begin(), refs.end(), sequence) != refs.end());
  }
}

TEST_SUITE("parser") {
  TEST_CASE("IN, BETWEEN, LIKE and row constructors take the server's printed form") {
    const auto written = parse_ok(
        "CREATE TABLE t (a int CHECK (a IN (1, 2, 3)), c int CHECK (c BETWEEN 0 AND 100),\n"
        "  e text CHECK (e LIKE 'x%'), f int, CHECK ((f, a) > (0, 0)))");
    const auto dumped = parse_ok(
        "CREATE TABLE t (a int CHECK ((a = ANY (ARRAY[1, 2, 3]))), c int CHECK (((c >= 0) AND (c <= 100))),\n"
        "  e text CHECK ((e ~~ 'x%')), f int, CONSTRAINT t_check CHECK ((ROW(f, a) > ROW(0, 0))))");
    CHECK(written == dumped);
    CHECK(constraint(table(written, "t"), "t_a_check").definition == "CHECK (a = ANY(ARRAY[1, 2, 3]))");
  }
}
