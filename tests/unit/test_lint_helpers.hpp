// Small helpers for the lint unit tests: lint one SQL text and look at what fired.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "lint/lint.hpp"

namespace pgmorph::lint::test {

/// Lints `sql` (path "m.sql") after `setup` with every rule on unless `settings` says otherwise.
inline LintResult run(const std::string& sql, const std::string& setup = "", LintSettings settings = {},
                      bool all_rules = true) {
  settings.all_rules = all_rules;
  std::vector<LintInput> setup_input;
  if (!setup.empty()) setup_input.push_back(LintInput{"setup.sql", setup});
  return lint({LintInput{"m.sql", sql}}, setup_input, settings);
}

/// The slugs that fired.
inline std::set<std::string> fired(const LintResult& result) {
  std::set<std::string> out;
  for (const auto& finding : result.findings) out.insert(std::string(finding.rule->slug));
  return out;
}

inline bool fires(const std::string& slug, const std::string& sql, const std::string& setup = "",
                  LintSettings settings = {}) {
  return fired(run(sql, setup, settings)).contains(slug);
}

inline LintSettings pg(int major, std::optional<int> minor = std::nullopt) {
  LintSettings settings;
  settings.pg_version = {major, minor};
  return settings;
}

inline LintSettings wrapped() {
  LintSettings settings;
  settings.assume_in_transaction = true;
  return settings;
}

}  // namespace pgmorph::lint::test
