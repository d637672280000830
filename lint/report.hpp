// Renderings of a LintResult: rustc-style text, JSON (the `findings` contract of
// docs/lint.md), SARIF 2.1.0 and GitHub workflow commands. Pure functions: no I/O.
#pragma once

#include <string>

#include "lint/lint.hpp"

namespace pgmorph::lint {

/// `error[slug] CODE: message`, `--> path:line:col`, the line and a caret, then the lock /
/// rewrite / risk facts, `help:` and the docs page. Syntax errors use format_diagnostic.
std::string render_text(const LintResult& result);

/// {"findings":[{"rule","code","severity","file","line","column","message",...}],
///  "errors":[{"code","file","line","column","message"}]}
std::string render_json(const LintResult& result);

/// A SARIF 2.1.0 log with one run; every catalogue rule is listed under tool.driver.rules.
std::string render_sarif(const LintResult& result);

/// One `::error file=…,line=…,col=…,title=…::message` (or ::warning) line per finding.
std::string render_github(const LintResult& result);

/// The rule catalogue as JSON: [{"code","slug","severity","flags","lock","rewrite","risk",
/// "alternative"}] (severity "error", "warning" or "off"). Feeds docs/rules/gen_rule_docs.py.
std::string render_catalog_json();

}  // namespace pgmorph::lint
