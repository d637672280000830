#include "lint/config.hpp"

#include <algorithm>
#include <regex>

#include <toml++/toml.h>

namespace pgmorph::lint {

namespace {

struct Reporter {
  const std::string& path;
  const std::string& text;
  schema::Diagnostics& diagnostics;

  void error(const toml::source_region& where, const std::string& code, const std::string& message) const {
    const auto location =
        schema::location_in(path, text, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column));
    diagnostics.push_back({schema::Severity::error, code, message, location});
  }
};

void rule_list(const toml::node& node, const char* key, std::set<std::string>& into, const Reporter& report) {
  const toml::array* list = node.as_array();
  if (list == nullptr) {
    report.error(node.source(), "config-error", std::string(key) + " must be an array of rule ids");
    return;
  }
  for (const auto& item : *list) {
    const auto id = item.value<std::string>();
    const RuleInfo* rule = id ? find_rule(*id) : nullptr;
    if (!id) report.error(item.source(), "config-error", std::string(key) + " must hold strings");
    else if (rule == nullptr) report.error(item.source(), "unknown-rule", "unknown rule '" + *id + "' in " + key);
    else into.insert(std::string(rule->slug));
  }
}

}  // namespace

bool apply_config(const std::string& text, const std::string& path, LintSettings& settings,
                  schema::Diagnostics& diagnostics, const std::vector<std::string>& other_tables) {
  const std::size_t before = diagnostics.size();
  const Reporter report{path, text, diagnostics};
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& error) {
    report.error(error.source(), "config-error", std::string(error.description()));
    return false;
  }
  for (const auto& [key, node] : root) {
    if (key.str() != "lint" && std::find(other_tables.begin(), other_tables.end(), key.str()) != other_tables.end())
      continue;
    if (key.str() != "lint" || !node.is_table()) {
      report.error(key.source(), "config-error", "unknown key '" + std::string(key.str()) + "' (expected a [lint] table)");
      continue;
    }
    for (const auto& [name, value] : *node.as_table()) {
      const std::string field(name.str());
      if (field == "pg_version") {
        std::optional<PgVersion> version;
        if (auto number = value.value<int64_t>()) version = parse_pg_version(std::to_string(*number));
        if (auto string = value.value<std::string>()) version = parse_pg_version(*string);
        if (version) settings.pg_version = *version;
        else report.error(value.source(), "config-error", "pg_version must look like 16 or \"14.2\"");
      } else if (field == "assume_in_transaction") {
        if (auto flag = value.value<bool>()) settings.assume_in_transaction = *flag;
        else report.error(value.source(), "config-error", "assume_in_transaction must be true or false");
      } else if (field == "naming_pattern") {
        auto pattern = value.value<std::string>();
        bool valid = pattern.has_value();
        try {
          if (valid) std::regex check(*pattern);
        } catch (const std::regex_error&) {
          valid = false;
        }
        if (valid) settings.naming_pattern = *pattern;
        else report.error(value.source(), "config-error", "naming_pattern must be a valid regular expression");
      } else if (field == "enable") {
        rule_list(value, "enable", settings.enabled, report);
      } else if (field == "disable") {
        rule_list(value, "disable", settings.disabled, report);
      } else {
        report.error(name.source(), "config-error", "unknown key '" + field + "' in [lint] (expected pg_version, "
                                                    "assume_in_transaction, naming_pattern, enable, disable)");
      }
    }
  }
  // toml++ iterates keys in sorted order; report in file order.
  std::stable_sort(diagnostics.begin() + static_cast<std::ptrdiff_t>(before), diagnostics.end(),
                   [](const schema::Diagnostic& a, const schema::Diagnostic& b) {
                     const auto key = [](const schema::Diagnostic& d) {
                       return d.location ? std::pair(d.location->line, d.location->column) : std::pair(0, 0);
                     };
                     return key(a) < key(b);
                   });
  return diagnostics.size() == before;
}

}  // namespace pgmorph::lint
