// pgmorph.toml: the project's settings, read with toml++ (docs/config.md lists every key).
//
// The file is found with --config FILE, else by looking in the working directory and then in
// each parent up to the file-system root. Command-line options override it. Secrets never
// live in it: connection strings come from the command line or the environment.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diff/renames.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::cli {

/// Every setting of pgmorph.toml except [lint] (lint/config.hpp reads that table); an unset
/// field was not in the file.
struct ProjectConfig {
  std::string path;  ///< the file read; empty when there is none
  std::string text;  ///< its contents (the [lint] reader parses them again)

  struct Safety {
    std::optional<std::set<std::string>> allow;  ///< hazard ids ("D101") allowed under fail_on
    std::set<std::string> fail_on;               ///< severities that fail a plan: "error", "warning"
    std::optional<std::string> lock_timeout, statement_timeout;
  } safety;

  struct Diff {
    std::optional<bool> online, allow_drop_recreate;
    std::optional<std::string> column_order;  ///< "rebuild" or "append"
  } diff;

  struct Plan {
    std::optional<std::string> dir, format, version_style;
  } plan;

  std::vector<diff::RenameDirective> renames;  ///< [renames], in file order
};

/// Reads pgmorph.toml: `explicit_path` when given (it must exist), else the nearest one
/// upward from the working directory. Nothing found is an empty config. Every unknown table
/// or key, wrong type or bad value is an error at its file:line:col (with a did-you-mean for
/// a near miss), all reported at once; then the result is empty.
std::optional<ProjectConfig> load_config(const std::optional<std::string>& explicit_path,
                                         schema::Diagnostics& diagnostics);

/// A PostgreSQL duration as lock_timeout takes it: digits and an optional unit (ms, s, min,
/// h, d); a bare number is milliseconds.
bool is_pg_duration(const std::string& text);

/// The top-level tables pgmorph.toml may hold.
const std::vector<std::string>& config_sections();

/// The candidate within edit distance 2 of `word` (the closest one), or empty.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace pgmorph::cli
