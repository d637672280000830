// CREATE AGGREGATE: the canonical definition, its shape, and what stays refused.
#include "test_parser_helpers.hpp"

using namespace pgmorph;
using namespace pgmorph::parser::test;

TEST_SUITE("parser") {
  TEST_CASE("aggregates: every spelling of one definition is the same canonical text") {
    const std::string functions =
        "CREATE FUNCTION step(s int, x int) RETURNS int LANGUAGE sql AS $$ SELECT s + x $$;\n";
    const auto a = parse_normalized(
        functions + "CREATE AGGREGATE agg(int4) (sfunc = step, stype = int4, initcond = 0, "
                    "parallel = unsafe, finalfunc_modify = read_only, sspace = 0);");
    const auto b = parse_normalized(
        functions + "CREATE AGGREGATE public.agg (BASETYPE = integer, STYPE = pg_catalog.int4, "
                    "SFUNC = public.step, INITCOND = '0');");
    const auto& agg = a.functions.at({{"public", "agg"}, "integer"});
    CHECK(agg.definition == "CREATE OR REPLACE AGGREGATE public.agg(integer) (SFUNC = public.step, "
                            "STYPE = integer, INITCOND = '0')");
    CHECK(a.functions == b.functions);
    REQUIRE(agg.aggregate.has_value());
    CHECK(agg.aggregate->signature == "integer");
    CHECK(agg.aggregate->support_functions ==
          std::vector<schema::QualifiedName>{{"public", "step"}});
    CHECK(agg.return_type == "integer");
  }

  TEST_CASE("aggregates: ordered-set, hypothetical and zero-argument signatures") {
    const auto catalog = parse_normalized(
        "CREATE AGGREGATE os(p float8 ORDER BY x anyelement) (SFUNC = array_append, STYPE = "
        "anyarray,"
        " FINALFUNC = f, FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_WRITE);\n"
        "CREATE AGGREGATE hs(int ORDER BY int) (SFUNC = int4pl, STYPE = int, HYPOTHETICAL);\n"
        "CREATE AGGREGATE c(*) (SFUNC = int8inc, STYPE = int8);\n");
    const auto& os = catalog.functions.at({{"public", "os"}, "double precision, anyelement"});
    CHECK(os.aggregate->kind == schema::AggregateKind::ordered_set);
    CHECK(os.aggregate->direct_args == 1);
    CHECK(os.aggregate->signature == "double precision ORDER BY anyelement");
    CHECK(os.return_type == "FINALFUNC f");
    CHECK(os.definition ==
          "CREATE OR REPLACE AGGREGATE public.os(p double precision ORDER BY x anyelement) "
          "(SFUNC = array_append, STYPE = anyarray, FINALFUNC = f, FINALFUNC_EXTRA)");
    CHECK(catalog.functions.at({{"public", "hs"}, "integer, integer"}).aggregate->kind ==
          schema::AggregateKind::hypothetical);
    CHECK(catalog.functions.at({{"public", "c"}, ""}).aggregate->signature == "*");
  }

  TEST_CASE("aggregates: refusals have a position") {
    const auto diagnostics = parse_errors(
        "CREATE AGGREGATE v(VARIADIC int[]) (SFUNC = f, STYPE = int);\n"
        "CREATE AGGREGATE u(int) (SFUNC = int4pl, STYPE = int, COLOR = red);\n"
        "CREATE AGGREGATE s(int) (SFUNC = int4larger, STYPE = int, SORTOP = OPERATOR(x.>));\n"
        "CREATE AGGREGATE m(int) (SFUNC = int4pl);\n"
        "CREATE AGGREGATE h(int) (SFUNC = int4pl, STYPE = int, HYPOTHETICAL);\n"
        "CREATE FUNCTION dup(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
        "CREATE AGGREGATE dup(int) (SFUNC = int4pl, STYPE = int);\n"
        "CREATE OR REPLACE AGGREGATE dup(int) (SFUNC = int4pl, STYPE = int);\n");
    REQUIRE(diagnostics.size() == 7);
    CHECK(diagnostics[0].code == "unsupported-feature");
    CHECK(diagnostics[0].location->line == 1);
    CHECK(diagnostics[1].code == "unsupported-feature");
    CHECK(diagnostics[1].location->line == 2);
    CHECK(diagnostics[2].code == "invalid-object-definition");
    CHECK(diagnostics[2].location->line == 3);
    CHECK(diagnostics[3].code == "invalid-object-definition");
    CHECK(diagnostics[3].location->line == 4);
    CHECK(diagnostics[4].code == "invalid-object-definition");
    CHECK(diagnostics[4].location->line == 5);
    CHECK(diagnostics[5].code == "duplicate-object");
    CHECK(diagnostics[5].location->line == 7);
    CHECK(diagnostics[6].code == "invalid-object-definition");
    CHECK(diagnostics[6].location->line == 8);
  }
}
