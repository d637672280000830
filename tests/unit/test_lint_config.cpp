// pgmorph.toml [lint] settings: applied when valid; every unknown key or rule id is an error
// at its own line and column.
#include <doctest/doctest.h>

#include "lint/config.hpp"

using namespace pgmorph;
using namespace pgmorph::lint;

TEST_SUITE("lint") {
  TEST_CASE("config: settings are applied") {
    LintSettings settings;
    schema::Diagnostics diagnostics;
    const std::string text =
        "[lint]\npg_version = \"14.2\"\nassume_in_transaction = true\nenable = [\"S111\", \"creating-enum\"]\n"
        "disable = [\"missing-statement-timeout\"]\nnaming_pattern = \"^[a-z_]+$\"\n";
    CHECK(apply_config(text, "pgmorph.toml", settings, diagnostics));
    CHECK(diagnostics.empty());
    CHECK(settings.pg_version.major == 14);
    CHECK(*settings.pg_version.minor == 2);
    CHECK(settings.assume_in_transaction);
    CHECK(settings.enabled == std::set<std::string>{"creating-enum"});
    CHECK(settings.disabled == std::set<std::string>{"missing-statement-timeout"});
    CHECK(settings.naming_pattern == "^[a-z_]+$");
    LintSettings numeric;
    CHECK(apply_config("[lint]\npg_version = 12\n", "p.toml", numeric, diagnostics));
    CHECK(numeric.pg_version.major == 12);
  }

  TEST_CASE("config: every unknown key and rule id, in file order, with line and column") {
    LintSettings settings;
    schema::Diagnostics diagnostics;
    const std::string text = "[lint]\nenable = [\"creating-enum\", \"nope\"]\ncolour = 1\n[other]\n";
    CHECK_FALSE(apply_config(text, "pgmorph.toml", settings, diagnostics));
    REQUIRE(diagnostics.size() == 3);
    CHECK(diagnostics[0].code == "unknown-rule");
    CHECK(diagnostics[0].location->line == 2);
    CHECK(diagnostics[0].location->column == 28);
    CHECK(diagnostics[0].location->line_text == "enable = [\"creating-enum\", \"nope\"]");
    CHECK(diagnostics[1].code == "config-error");
    CHECK(diagnostics[1].location->line == 3);
    CHECK(diagnostics[1].message.find("colour") != std::string::npos);
    CHECK(diagnostics[2].location->line == 4);
  }

  TEST_CASE("config: TOML syntax errors have a position") {
    LintSettings settings;
    schema::Diagnostics diagnostics;
    CHECK_FALSE(apply_config("[lint\n", "p.toml", settings, diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].location->line == 1);
  }
}
