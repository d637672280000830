// `diff --format sarif|github|junit`: a plan's hazards as findings located in up.sql, so the
// lint renderers (SARIF 2.1.0, GitHub workflow commands, JUnit) report them too.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "codegen/plan.hpp"
#include "lint/lint.hpp"

namespace pgmorph::cli {

/// The findings of a plan and the rule entries they point to (one per hazard code used).
struct PlanFindings {
  std::deque<lint::RuleInfo> rules_storage;  ///< stable addresses for Finding::rule
  std::vector<lint::RuleInfo> rules;         ///< the same entries, for SARIF's rule list
  lint::LintResult result;
};

/// One finding per hazard of up.sql, at the line of its statement's first step in `up_sql`
/// (the script as written to `up_path`). Severity follows the hazard (info hazards become
/// notes); the rule carries the hazard's lock, cost, data loss and the safe alternative of
/// the lint rule with the same code when there is one.
PlanFindings plan_findings(const codegen::Plan& plan, const std::string& up_sql, const std::string& up_path);

}  // namespace pgmorph::cli
