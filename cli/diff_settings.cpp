#include "cli/diff_settings.hpp"

#include <cctype>
#include <cstdio>

#include <fmt/format.h>

namespace pgmorph::cli {

namespace {

/// `500ms`, `10s`, `5min`, `1h`, `1d` or a bare number of milliseconds.
bool is_duration(const std::string& text) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0) return false;
  const std::string unit = text.substr(digits);
  return unit.empty() || unit == "ms" || unit == "s" || unit == "min" || unit == "h" || unit == "d";
}

}  // namespace

bool parse_diff_settings(const ParsedOptions& options, std::string_view command, DiffSettings& settings) {
  for (const char* option : {"--lock-timeout", "--statement-timeout"}) {
    const auto value = options.get(option);
    if (value && !is_duration(*value)) {
      fmt::print(stderr, "pgmorph {}: error: {} takes a PostgreSQL duration such as 10s, 500ms, 5min or 1h "
                         "(0 turns the limit off), not '{}'\n", command, option, *value);
      return false;
    }
  }
  if (auto value = options.get("--lock-timeout")) settings.lock_timeout = *value;
  if (auto value = options.get("--statement-timeout")) settings.statement_timeout = *value;
  settings.hazards.fail_on_hazards = options.has("--fail-on-hazards");
  if (auto list = options.get("--allow-hazards")) {
    std::string error;
    auto allowed = parse_allowed_hazards(*list, error);
    if (!allowed) {
      fmt::print(stderr, "pgmorph {}: error: {}\n", command, error);
      return false;
    }
    settings.hazards.allowed = std::move(*allowed);
  }
  settings.diff.allow_drop_recreate = options.has("--allow-drop-recreate");
  settings.diff.online = !options.has("--no-online");
  return true;
}

}  // namespace pgmorph::cli
