// What `diff` does with a plan's hazards: the summary on stderr and the
// `--fail-on-hazards` / `--allow-hazards` policy.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "codegen/plan.hpp"

namespace pgmorph::cli {

/// The hazard policy given on the command line.
struct HazardPolicy {
  bool fail_on_hazards = false;
  /// Severities that fail the plan under fail_on_hazards ("error", "warning"); `[safety]
  /// fail_on` narrows it to errors only.
  std::set<std::string> fail_on = {"error", "warning"};
  std::set<std::string> allowed;  ///< hazard ids ("D101"), whatever spelling the user gave
};

/// Parses `--allow-hazards CODE,…` (ids like D101 or slugs like drop-table). On an unknown
/// name returns nothing and sets `error` to a message listing the known ones.
std::optional<std::set<std::string>> parse_allowed_hazards(const std::string& list, std::string& error);

/// The lines written to stderr when the scripts go to files: the statement count and every
/// hazard of up.sql with its statement number, worst first.
std::string hazard_summary(const codegen::Plan& plan, std::string_view command = "diff");

/// The up.sql hazards of error or warning severity that `policy` does not allow, described
/// one per line (empty: the plan passes). Info-level hazards never fail a plan.
std::string disallowed_hazards(const codegen::Plan& plan, const HazardPolicy& policy);

}  // namespace pgmorph::cli
