// Output formats. The SARIF check is structural: the required 2.1.0 properties are present
// and typed. The official JSON schema is not validated here (no network in the test run).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "lint/report.hpp"
#include "test_lint_helpers.hpp"

using namespace pgmorph::lint;
using namespace pgmorph::lint::test;
using nlohmann::json;

namespace {

LintResult sample() {
  return run("SET lock_timeout = '1s'; SET statement_timeout = '1s';\nCREATE INDEX i ON t (a);\nSELEC 1;\n", "", {}, false);
}

LintResult findings_only() {
  return run("SET lock_timeout = '1s'; SET statement_timeout = '1s';\n  CREATE INDEX i ON t (a);\n", "", {}, false);
}

}  // namespace

TEST_SUITE("lint") {
  TEST_CASE("text: rustc-style frame with facts, help and docs path") {
    const std::string text = render_text(findings_only());
    CHECK(text.find("error[create-index-non-concurrent] L101: ") == 0);
    CHECK(text.find(" --> m.sql:2:3\n") != std::string::npos);
    CHECK(text.find("2 |   CREATE INDEX i ON t (a);\n") != std::string::npos);
    CHECK(text.find("  |   ^\n") != std::string::npos);
    CHECK(text.find("= lock: SHARE") != std::string::npos);
    CHECK(text.find("= help: CREATE INDEX CONCURRENTLY") != std::string::npos);
    CHECK(text.find("= docs: docs/rules/L101.md") != std::string::npos);
    const std::string errors = render_text(sample());
    CHECK(errors.find("m.sql:3:1: error[syntax-error]: syntax error at or near \"SELEC\"") == 0);
  }

  TEST_CASE("json: the findings contract") {
    const json report = json::parse(render_json(findings_only()));
    REQUIRE(report["findings"].size() == 1);
    const json& finding = report["findings"][0];
    CHECK(finding["rule"] == "create-index-non-concurrent");
    CHECK(finding["code"] == "L101");
    CHECK(finding["severity"] == "error");
    CHECK(finding["file"] == "m.sql");
    CHECK(finding["line"] == 2);
    CHECK(finding["column"] == 3);
    CHECK(finding["message"].is_string());
  }

  TEST_CASE("sarif: required 2.1.0 properties present and typed") {
    const json log = json::parse(render_sarif(sample()));
    CHECK(log["version"] == "2.1.0");
    CHECK(log["$schema"].is_string());
    REQUIRE(log["runs"].is_array());
    REQUIRE(log["runs"].size() == 1);
    const json& driver = log["runs"][0]["tool"]["driver"];
    CHECK(driver["name"] == "pgmorph");
    CHECK(driver["informationUri"].is_string());
    REQUIRE(driver["rules"].is_array());
    CHECK(driver["rules"].size() == rule_catalog().size());
    for (const auto& rule : driver["rules"]) {
      CHECK(rule["id"].is_string());
      CHECK(rule["shortDescription"]["text"].is_string());
    }
    const json& results = log["runs"][0]["results"];
    REQUIRE(results.size() == 1);  // the syntax error; the file with it yields no findings
    for (const auto& result : results) {
      CHECK(result["ruleId"].is_string());
      const std::string level = result["level"];
      CHECK((level == "error" || level == "warning" || level == "note" || level == "none"));
      CHECK(result["message"]["text"].is_string());
      const json& location = result["locations"][0]["physicalLocation"];
      CHECK(location["artifactLocation"]["uri"] == "m.sql");
      CHECK(location["region"]["startLine"].is_number_integer());
      CHECK(location["region"]["startColumn"].get<int>() >= 1);
    }
    CHECK(json::parse(render_sarif(findings_only()))["runs"][0]["results"][0]["ruleId"] == "create-index-non-concurrent");
  }

  TEST_CASE("github: one workflow command per finding, properties escaped") {
    const std::string out = render_github(findings_only());
    CHECK(out.find("::error file=m.sql,line=2,col=3,title=L101 create-index-non-concurrent::") == 0);
    CHECK(out.find('\n') == out.size() - 1);
  }
}
