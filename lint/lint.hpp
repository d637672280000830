// `pgmorph lint`: static checks of hand-written migration files against the rule catalogue
// (lint/rule_catalog.hpp, docs/safety.md §1.2). No database is needed: what already exists
// comes from a setup file, everything else is tracked while reading the migration.
//
// Conventions (safety.md §1.5): a table created earlier in the linted files is new, so
// index, constraint and rewrite rules do not apply to it; a table neither in the setup nor
// created by the files exists, is non-empty and has an unknown shape, so rules that need
// its shape stay conservative and flag.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lint/rule_catalog.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::lint {

/// A target server version; `minor` is empty when only the major was given ("14").
struct PgVersion {
  int major = 16;
  std::optional<int> minor;
};

/// Parses "16", "14.2" or "9.6"; nullopt when malformed.
std::optional<PgVersion> parse_pg_version(const std::string& text);

struct LintSettings {
  PgVersion pg_version;
  bool assume_in_transaction = false;  ///< the runner wraps each file in one transaction
  std::string naming_pattern;          ///< ECMAScript regex for naming-convention; "" = unset
  std::set<std::string> enabled;       ///< slugs of opt-in rules switched on
  std::set<std::string> disabled;      ///< slugs switched off
  bool all_rules = false;              ///< every rule on, opt-in ones included
};

/// One SQL text to lint, with the path used in locations.
struct LintInput {
  std::string path;
  std::string text;
};

/// One rule violation.
struct Finding {
  const RuleInfo* rule = nullptr;
  schema::Severity severity = schema::Severity::warning;
  schema::SourceLocation location;
  std::string message;
};

struct LintResult {
  std::vector<Finding> findings;   ///< in file order, then position
  schema::Diagnostics diagnostics;  ///< syntax errors, unknown rule ids in ignore comments
};

/// Lints `files` in order after reading the `setup` texts (not linted; they only fill the
/// model). Syntax errors are reported for every file; a file with one yields no findings.
LintResult lint(const std::vector<LintInput>& files, const std::vector<LintInput>& setup,
                const LintSettings& settings);

/// True when a finding of error severity remains or any diagnostic is an error.
bool has_errors(const LintResult& result);

}  // namespace pgmorph::lint
