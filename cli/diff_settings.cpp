#include "cli/diff_settings.hpp"

#include <cstdio>

#include <fmt/format.h>

namespace pgmorph::cli {

bool parse_diff_settings(const ParsedOptions& options, std::string_view command, DiffSettings& settings) {
  schema::Diagnostics config_errors;
  auto config = load_config(options.get("--config"), config_errors);
  for (const auto& diagnostic : config_errors) fmt::print(stderr, "{}\n", schema::format_diagnostic(diagnostic));
  if (!config) return false;
  settings.config = std::move(*config);
  const auto& file = settings.config;
  // The file first, the command line on top.
  if (file.safety.lock_timeout) settings.lock_timeout = *file.safety.lock_timeout;
  if (file.safety.statement_timeout) settings.statement_timeout = *file.safety.statement_timeout;
  if (!file.safety.fail_on.empty()) {
    settings.hazards.fail_on_hazards = true;
    settings.hazards.fail_on = file.safety.fail_on;
  }
  if (file.safety.allow) settings.hazards.allowed = *file.safety.allow;
  settings.diff.allow_drop_recreate = file.diff.allow_drop_recreate.value_or(false);
  settings.diff.online = file.diff.online.value_or(true);
  settings.diff.rebuild_for_column_order = file.diff.column_order.value_or("rebuild") == "rebuild";
  settings.diff.renames = file.renames;
  for (const char* option : {"--lock-timeout", "--statement-timeout"}) {
    const auto value = options.get(option);
    if (value && !is_pg_duration(*value)) {
      fmt::print(stderr, "pgmorph {}: error: {} takes a PostgreSQL duration such as 10s, 500ms, 5min or 1h "
                         "(0 turns the limit off), not '{}'\n", command, option, *value);
      return false;
    }
  }
  if (auto value = options.get("--lock-timeout")) settings.lock_timeout = *value;
  if (auto value = options.get("--statement-timeout")) settings.statement_timeout = *value;
  if (options.has("--fail-on-hazards")) {
    settings.hazards.fail_on_hazards = true;
    settings.hazards.fail_on = {"error", "warning"};
  }
  if (auto list = options.get("--allow-hazards")) {
    std::string error;
    auto allowed = parse_allowed_hazards(*list, error);
    if (!allowed) {
      fmt::print(stderr, "pgmorph {}: error: {}\n", command, error);
      return false;
    }
    settings.hazards.allowed = std::move(*allowed);
  }
  if (options.has("--allow-drop-recreate")) settings.diff.allow_drop_recreate = true;
  if (options.has("--no-online")) settings.diff.online = false;
  if (auto order = options.get("--column-order")) {
    if (*order != "rebuild" && *order != "append") {
      fmt::print(stderr, "pgmorph {}: error: --column-order takes rebuild or append, not '{}'\n", command, *order);
      return false;
    }
    settings.diff.rebuild_for_column_order = *order == "rebuild";
  }
  return true;
}

}  // namespace pgmorph::cli
