#include "cli/config.hpp"

#include <algorithm>
#include <filesystem>

#include <toml++/toml.h>

#include "codegen/hazards.hpp"
#include "parser/parse.hpp"

namespace pgmorph::cli {

namespace {

namespace fs = std::filesystem;

/// Reports problems at their position in the file, with the line for the caret display.
struct Reporter {
  const std::string& path;
  const std::string& text;
  schema::Diagnostics& diagnostics;

  schema::SourceLocation at(const toml::source_region& where) const {
    return schema::location_in(path, text, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column));
  }
  void error(const toml::source_region& where, const std::string& message) const {
    diagnostics.push_back({schema::Severity::error, "config-error", message, at(where)});
  }
  void unknown_key(const toml::key& key, const std::string& where, const std::vector<std::string>& known) const {
    const std::string name(key.str());
    std::string message = "unknown key '" + name + "' in " + where;
    if (auto near = did_you_mean(name, known); !near.empty()) message += "; did you mean '" + near + "'?";
    else message += " (expected one of: " + fmt_list(known) + ")";
    error(key.source(), message);
  }
  static std::string fmt_list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
  }
};

std::optional<std::string> string_value(const toml::node& node, const std::string& key, const Reporter& report) {
  if (const auto* value = node.as_string()) return value->get();
  report.error(node.source(), key + " must be a string");
  return std::nullopt;
}

std::optional<bool> bool_value(const toml::node& node, const std::string& key, const Reporter& report) {
  // value<bool>() would also convert an integer: only a TOML boolean is accepted.
  if (const auto* value = node.as_boolean()) return value->get();
  report.error(node.source(), key + " must be true or false");
  return std::nullopt;
}

/// One of `allowed`, else an error listing them.
std::optional<std::string> choice_value(const toml::node& node, const std::string& key,
                                        const std::vector<std::string>& allowed, const Reporter& report) {
  auto value = string_value(node, key, report);
  if (!value) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) return value;
  std::string message = key + " must be one of " + Reporter::fmt_list(allowed) + ", not '" + *value + "'";
  if (auto near = did_you_mean(*value, allowed); !near.empty()) message += "; did you mean '" + near + "'?";
  report.error(node.source(), message);
  return std::nullopt;
}

void read_safety(const toml::table& table, ProjectConfig::Safety& safety, const Reporter& report) {
  static const std::vector<std::string> keys{"allow", "fail_on", "lock_timeout", "statement_timeout"};
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (name == "allow" || name == "fail_on") {
      const auto* list = node.as_array();
      if (list == nullptr) {
        report.error(node.source(), "[safety] " + name + " must be an array of strings");
        continue;
      }
      std::set<std::string> values;
      for (const auto& item : *list) {
        if (name == "allow") {
          auto id = item.value<std::string>();
          const auto* hazard = id ? codegen::find_hazard(*id) : nullptr;
          if (hazard == nullptr) report.error(item.source(), "[safety] allow: unknown hazard '" + id.value_or("?") +
                                                                 "' (docs/hazards.md lists the codes and slugs)");
          else values.insert(std::string(hazard->id));
        } else if (auto severity = choice_value(item, "[safety] fail_on", {"error", "warning"}, report)) {
          values.insert(*severity);
        }
      }
      if (name == "allow") safety.allow = values;
      else safety.fail_on = values;
    } else if (name == "lock_timeout" || name == "statement_timeout") {
      auto value = string_value(node, "[safety] " + name, report);
      if (value && !is_pg_duration(*value))
        report.error(node.source(), "[safety] " + name + " must be a PostgreSQL duration such as \"10s\" or \"5min\"");
      else if (value) (name == "lock_timeout" ? safety.lock_timeout : safety.statement_timeout) = value;
    } else {
      report.unknown_key(key, "[safety]", keys);
    }
  }
}

void read_diff(const toml::table& table, ProjectConfig::Diff& diff, const Reporter& report) {
  static const std::vector<std::string> keys{"online", "allow_drop_recreate", "column_order"};
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (name == "online") diff.online = bool_value(node, "[diff] online", report);
    else if (name == "column_order") {
      const auto value = node.value<std::string>();
      if (!value || (*value != "rebuild" && *value != "append"))
        report.error(node.source(), "[diff] column_order must be \"rebuild\" or \"append\"");
      else
        diff.column_order = *value;
    }
    else if (name == "allow_drop_recreate") diff.allow_drop_recreate = bool_value(node, "[diff] " + name, report);
    else report.unknown_key(key, "[diff]", keys);
  }
}

void read_plan(const toml::table& table, ProjectConfig::Plan& plan, const Reporter& report) {
  static const std::vector<std::string> keys{"dir", "format", "version_style"};
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (name == "dir") plan.dir = string_value(node, "[plan] dir", report);
    else if (name == "format")
      plan.format = choice_value(node, "[plan] format",
                                 {"pgmorph", "knex", "alembic", "flyway", "golang-migrate", "dbmate"}, report);
    else if (name == "version_style")
      plan.version_style = choice_value(node, "[plan] version_style", {"timestamp", "sequence"}, report);
    else report.unknown_key(key, "[plan]", keys);
  }
}

/// `"schema.table" = "old"` and `"schema.table.column" = "old"`; unquoted dotted keys arrive
/// as nested tables, so the path is collected through them.
void read_renames(const toml::table& table, std::vector<std::string> path, std::vector<diff::RenameDirective>& out,
                  const Reporter& report) {
  for (const auto& [key, node] : table) {
    auto parts = path;
    std::string name(key.str());
    // A quoted key "public.users.email" is one key holding dots: split it.
    for (std::size_t start = 0;;) {
      const auto dot = name.find('.', start);
      parts.push_back(name.substr(start, dot - start));
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    if (const auto* nested = node.as_table()) {
      read_renames(*nested, parts, out, report);
      continue;
    }
    auto old_name = string_value(node, "[renames] value", report);
    if (!old_name) continue;
    diff::RenameDirective directive;
    if (parts.size() == 1) directive.table = {"public", parts[0]};
    else if (parts.size() == 2) directive.table = {parts[0], parts[1]};
    else if (parts.size() == 3) directive.table = {parts[0], parts[1]}, directive.column = parts[2];
    else {
      report.error(key.source(), "[renames] keys are table, schema.table or schema.table.column");
      continue;
    }
    directive.old_name = *old_name;
    directive.where = report.at(key.source());
    out.push_back(std::move(directive));
  }
}

std::optional<fs::path> find_upward(const fs::path& start) {
  std::error_code ec;
  for (fs::path dir = fs::absolute(start, ec); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / "pgmorph.toml", ec)) return dir / "pgmorph.toml";
    if (dir == dir.parent_path()) break;
  }
  return std::nullopt;
}

}  // namespace

bool is_pg_duration(const std::string& text) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  static const std::vector<std::string> units{"", "ms", "s", "min", "h", "d"};
  return digits > 0 && std::find(units.begin(), units.end(), text.substr(digits)) != units.end();
}

const std::vector<std::string>& config_sections() {
  static const std::vector<std::string> sections{"diff", "lint", "plan", "renames", "safety"};
  return sections;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = 3;
  for (const auto& candidate : candidates) {
    // Levenshtein distance, one row at a time.
    std::vector<std::size_t> row(candidate.size() + 1);
    for (std::size_t j = 0; j <= candidate.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= word.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= candidate.size(); ++j) {
        const std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (word[i - 1] == candidate[j - 1] ? 0 : 1)});
        diagonal = above;
      }
    }
    if (row[candidate.size()] < best_distance) best_distance = row[candidate.size()], best = candidate;
  }
  return best;
}

std::optional<ProjectConfig> load_config(const std::optional<std::string>& explicit_path,
                                         schema::Diagnostics& diagnostics) {
  ProjectConfig config;
  std::optional<fs::path> path = explicit_path ? std::optional<fs::path>(*explicit_path) : find_upward(".");
  if (!path) return config;
  config.path = path->string();
  auto text = parser::read_sql_file(config.path, diagnostics);
  if (!text) return std::nullopt;
  config.text = *text;
  const std::size_t before = diagnostics.size();
  const Reporter report{config.path, config.text, diagnostics};
  toml::table root;
  try {
    root = toml::parse(config.text, config.path);
  } catch (const toml::parse_error& error) {
    report.error(error.source(), std::string(error.description()));
    return std::nullopt;
  }
  for (const auto& [key, node] : root) {
    const std::string name(key.str());
    const auto* table = node.as_table();
    const auto& sections = config_sections();
    if (std::find(sections.begin(), sections.end(), name) == sections.end()) {
      report.unknown_key(key, "pgmorph.toml (top-level tables)", sections);
      continue;
    }
    if (table == nullptr) {
      report.error(node.source(), "'" + name + "' must be a table: write [" + name + "]");
      continue;
    }
    if (name == "safety") read_safety(*table, config.safety, report);
    else if (name == "diff") read_diff(*table, config.diff, report);
    else if (name == "plan") read_plan(*table, config.plan, report);
    else if (name == "renames") read_renames(*table, {}, config.renames, report);
    // [lint] is read by lint::apply_config.
  }
  // toml++ iterates keys in sorted order; report in file order.
  std::stable_sort(diagnostics.begin() + static_cast<std::ptrdiff_t>(before), diagnostics.end(),
                   [](const schema::Diagnostic& a, const schema::Diagnostic& b) {
                     const auto key = [](const schema::Diagnostic& d) {
                       return d.location ? std::pair(d.location->line, d.location->column) : std::pair(0, 0);
                     };
                     return key(a) < key(b);
                   });
  if (diagnostics.size() != before) return std::nullopt;
  return config;
}

}  // namespace pgmorph::cli
