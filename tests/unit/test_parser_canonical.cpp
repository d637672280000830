#include <doctest/doctest.h>

#include "parser/canonical.hpp"

using namespace pgmorph::parser;

TEST_SUITE("parser") {
  TEST_CASE("canonical_expression matches what parsed files produce") {
    CHECK(canonical_expression("nextval('t_id_seq'::regclass)") == "nextval('public.t_id_seq'::regclass)");
    CHECK(canonical_expression("(price  >  0)") == "price > 0");
    CHECK(canonical_expression("1::int4") == canonical_expression("1::integer"));
    CHECK_FALSE(canonical_expression("1, 2").has_value());
    CHECK_FALSE(canonical_expression("1 +").has_value());
  }

  TEST_CASE("canonical_type_text spells types like format_type") {
    CHECK(canonical_type_text("int4") == "integer");
    CHECK(canonical_type_text("character varying(12)") == "character varying(12)");
    CHECK(canonical_type_text("varchar(12)[]") == "character varying(12)[]");
    CHECK(canonical_type_text("mood") == "public.mood");
    CHECK(canonical_type_text("timestamp(3) with time zone") == "timestamp(3) with time zone");
    CHECK_FALSE(canonical_type_text("not a type").has_value());
  }
}
