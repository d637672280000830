// Renderings of a LintResult: rustc-style text, JSON (the `findings` contract of
// docs/lint.md), SARIF 2.1.0 and GitHub workflow commands. Pure functions: no I/O.
#pragma once

#include <string>
#include <vector>

#include "lint/lint.hpp"

namespace pgmorph::lint {

/// `error[slug] CODE: message`, `--> path:line:col`, the line and a caret, then the lock /
/// rewrite / risk facts, `help:` and the docs page. Syntax errors use format_diagnostic.
std::string render_text(const LintResult& result);

/// {"findings":[{"rule","code","severity","file","line","column","message",...}],
///  "errors":[{"code","file","line","column","message"}]}
std::string render_json(const LintResult& result);

/// A SARIF 2.1.0 log with one run. `rules` (default: the lint catalogue) are listed under
/// tool.driver.rules; every finding's rule must be among them.
std::string render_sarif(const LintResult& result, const std::vector<RuleInfo>* rules = nullptr);

/// One `::error file=…,line=…,col=…,title=…::message` (or ::warning) line per finding.
std::string render_github(const LintResult& result);

/// A JUnit XML report: one <testsuite> per checked file in `paths` (in that order), one
/// failing <testcase> per finding or diagnostic in it, one passing <testcase> for a file
/// without any. `suite` names the <testsuites> element ("pgmorph lint").
std::string render_junit(const LintResult& result, const std::vector<std::string>& paths, const std::string& suite);

/// The rule catalogue as JSON: [{"code","slug","severity","flags","lock","rewrite","risk",
/// "alternative"}] (severity "error", "warning" or "off"). Feeds docs/rules/gen_rule_docs.py.
std::string render_catalog_json();

}  // namespace pgmorph::lint
