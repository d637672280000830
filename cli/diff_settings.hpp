// The diff options `diff` and `plan` share: online or not, drop + recreate, timeouts and
// the hazard policy, read from the command line in one place.
#pragma once

#include <string>
#include <string_view>

#include "cli/config.hpp"
#include "cli/hazard_policy.hpp"
#include "cli/options.hpp"
#include "diff/diff.hpp"

namespace pgmorph::cli {

/// Options with a value and flags read by parse_diff_settings (add them to an OptionSpec).
inline const std::set<std::string> k_diff_setting_values = {"--allow-hazards", "--lock-timeout",
                                                            "--statement-timeout", "--config",
                                                            "--column-order"};
inline const std::set<std::string> k_diff_setting_flags = {"--allow-drop-recreate", "--fail-on-hazards",
                                                           "--no-online"};

struct DiffSettings {
  ProjectConfig config;  ///< pgmorph.toml as read (empty when there is none)
  diff::DiffOptions diff;
  std::string lock_timeout = "10s";
  std::string statement_timeout = "1h";
  HazardPolicy hazards;
};

/// The settings from pgmorph.toml (`--config FILE` or the nearest one upward), then from
/// `options` on top; on a config error, a malformed duration or an unknown hazard prints
/// `pgmorph <command>: error: ...` (config errors at their file:line:col) and returns false.
bool parse_diff_settings(const ParsedOptions& options, std::string_view command, DiffSettings& settings);

}  // namespace pgmorph::cli
