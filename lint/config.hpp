// Lint settings from a TOML file (pgmorph.toml):
//
//   [lint]
//   pg_version = "14.2"              # or 16
//   assume_in_transaction = true
//   enable = ["creating-enum"]       # opt-in rules, slugs or codes
//   disable = ["L124"]
//   naming_pattern = "^[a-z][a-z0-9_]*$"
//
// Every unknown key, table and rule id is an error at its file:line:col, all reported at once
// (an unknown key silently ignored is a setting the user thinks is in force).
#pragma once

#include <string>
#include <vector>

#include "lint/lint.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::lint {

/// Applies the [lint] table of the TOML `text` (read from `path`) to `settings`. Problems go
/// to `diagnostics` as `config-error` / `unknown-rule`; returns false when there was any.
/// Top-level tables named in `other_tables` belong to other readers and are skipped; any
/// other one is an error.
bool apply_config(const std::string& text, const std::string& path, LintSettings& settings,
                  schema::Diagnostics& diagnostics, const std::vector<std::string>& other_tables = {});

}  // namespace pgmorph::lint
