// The `-- pgmorph:from` header apply compares with the database (migrate/plan_header.hpp).
#include "migrate/plan_header.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace pgmorph;

namespace {
const std::string k_hex(64, 'a');
}

TEST_CASE("plan header: found among the leading comments, after a BOM and blank lines") {
  schema::Diagnostics diagnostics;
  const std::string text = "\xEF\xBB\xBF\r\n-- pgmorph:from sha256:" + k_hex +
                           "\r\n-- pgmorph:to sha256:" + std::string(64, 'b') + "\nSELECT 1;\n";
  const auto header = migrate::read_from_header("m/1_a.up.sql", text, diagnostics);
  REQUIRE(header);
  CHECK(header->fingerprint == "sha256:" + k_hex);
  CHECK(header->line == 2);
  CHECK(diagnostics.empty());
}

TEST_CASE("plan header: absent in a hand-written file, or only after the first statement") {
  schema::Diagnostics diagnostics;
  CHECK_FALSE(migrate::read_from_header("a.sql", "-- hand written\nCREATE TABLE t (i int);\n", diagnostics));
  CHECK_FALSE(migrate::read_from_header(
      "a.sql", "SELECT 1;\n-- pgmorph:from sha256:" + k_hex + "\n", diagnostics));
  CHECK(diagnostics.empty());
}

TEST_CASE("plan header: a malformed fingerprint is an error at file:line:col") {
  schema::Diagnostics diagnostics;
  CHECK_FALSE(migrate::read_from_header("a.sql", "-- x\n-- pgmorph:from sha256:ABC\n", diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "plan-header");
  REQUIRE(diagnostics[0].location);
  CHECK(diagnostics[0].location->line == 2);
  CHECK(diagnostics[0].location->column == 17);
}
