// The lint rule catalogue: one entry per rule of docs/safety.md §1.2 (tables L, D, C, T, S),
// as data. Codes and slugs are public interface: never renumber, never reuse. D110 and up and
// C115 and up are pgmorph's plan-hazard extensions (codegen/hazards.hpp), not lint rules.
#pragma once

#include <string_view>
#include <vector>

namespace pgmorph::lint {

/// The severity a finding is reported with. `off` rules are opt-in (safety.md "O").
enum class RuleSeverity { error, warning, off };

/// The fixed facts of one rule, shown in text output and in docs/rules/<code>.md.
struct RuleInfo {
  std::string_view code;         ///< e.g. "L101"
  std::string_view slug;         ///< e.g. "create-index-non-concurrent"
  RuleSeverity severity;         ///< default severity
  std::string_view flags;        ///< what the rule flags, one sentence
  std::string_view lock;         ///< strongest lock taken ("" when none matters)
  std::string_view rewrite;      ///< rewrite / scan fact ("" when none)
  std::string_view risk;         ///< data-loss or compatibility fact ("" when none)
  std::string_view alternative;  ///< the safe alternative, one or two sentences
};

/// Every rule, ordered by code.
const std::vector<RuleInfo>& rule_catalog();

/// The rule whose slug or code (case-insensitive for codes) is `id`; nullptr when none.
const RuleInfo* find_rule(std::string_view id);

/// The rule with slug `slug`; throws InternalError when the catalogue lacks it (a bug).
const RuleInfo& rule(std::string_view slug);

}  // namespace pgmorph::lint
