#include "lint/report.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace pgmorph::lint {

namespace {

using Json = nlohmann::json;

std::string_view severity_name(schema::Severity severity) {
  switch (severity) {
    case schema::Severity::error: return "error";
    case schema::Severity::warning: return "warning";
    case schema::Severity::note: return "info";
  }
  return "info";
}

// SARIF wants an absolute URI for the tool. pgmorph has no public home yet: this is a
// placeholder to replace when it has one. Rule pages are given as repository paths in
// properties.docs (helpUri would also need an absolute URI).
constexpr std::string_view k_information_uri = "https://github.com/pgmorph/pgmorph";

std::string docs_path(const RuleInfo& rule) { return fmt::format("docs/rules/{}.md", rule.code); }

std::string caret_line(const schema::SourceLocation& location) {
  return std::string(static_cast<std::size_t>(std::max(location.column - 1, 0)), ' ') + "^";
}

// GitHub workflow command escaping (properties also escape ',' and ':').
std::string escape_github(const std::string& text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

}  // namespace

std::string render_text(const LintResult& result) {
  std::string out;
  for (const auto& diagnostic : result.diagnostics) out += schema::format_diagnostic(diagnostic) + "\n";
  for (const auto& finding : result.findings) {
    const RuleInfo& rule = *finding.rule;
    const auto& at = finding.location;
    const std::string gutter(std::to_string(at.line).size(), ' ');
    out += fmt::format("{}[{}] {}: {}\n", severity_name(finding.severity), rule.slug, rule.code, finding.message);
    out += fmt::format("{}--> {}:{}:{}\n", gutter, at.path, at.line, at.column);
    out += fmt::format("{} |\n{} | {}\n{} | {}\n", gutter, at.line, at.line_text, gutter, caret_line(at));
    if (!rule.lock.empty()) out += fmt::format("{} = lock: {}\n", gutter, rule.lock);
    if (!rule.rewrite.empty()) out += fmt::format("{} = rewrite/scan: {}\n", gutter, rule.rewrite);
    if (!rule.risk.empty()) out += fmt::format("{} = risk: {}\n", gutter, rule.risk);
    out += fmt::format("{} = help: {}\n", gutter, rule.alternative);
    out += fmt::format("{} = docs: {}\n\n", gutter, docs_path(rule));
  }
  std::size_t errors = 0, warnings = 0;
  for (const auto& finding : result.findings) (finding.severity == schema::Severity::error ? errors : warnings)++;
  if (!result.findings.empty())
    out += fmt::format("{} error(s), {} warning(s)\n", errors, warnings);
  return out;
}

std::string render_json(const LintResult& result) {
  Json findings = Json::array();
  for (const auto& finding : result.findings) {
    const RuleInfo& rule = *finding.rule;
    findings.push_back({{"rule", rule.slug},
                        {"code", rule.code},
                        {"severity", severity_name(finding.severity)},
                        {"file", finding.location.path},
                        {"line", finding.location.line},
                        {"column", finding.location.column},
                        {"message", finding.message},
                        {"lock", rule.lock},
                        {"rewrite", rule.rewrite},
                        {"risk", rule.risk},
                        {"help", rule.alternative},
                        {"docs", docs_path(rule)}});
  }
  Json errors = Json::array();
  for (const auto& diagnostic : result.diagnostics) {
    Json error = {{"code", diagnostic.code}, {"severity", severity_name(diagnostic.severity)},
                  {"message", diagnostic.message}};
    if (diagnostic.location) {
      error["file"] = diagnostic.location->path;
      error["line"] = diagnostic.location->line;
      error["column"] = diagnostic.location->column;
    }
    errors.push_back(error);
  }
  return Json{{"findings", findings}, {"errors", errors}}.dump(2) + "\n";
}

std::string render_sarif(const LintResult& result, const std::vector<RuleInfo>* listed) {
  Json rules = Json::array();
  for (const auto& rule : listed != nullptr ? *listed : rule_catalog()) {
    rules.push_back({{"id", rule.slug},
                     {"name", rule.slug},
                     {"shortDescription", {{"text", rule.flags}}},
                     {"help", {{"text", rule.alternative}}},
                     {"properties", {{"code", rule.code}, {"docs", docs_path(rule)}}},
                     {"defaultConfiguration",
                      {{"level", rule.severity == RuleSeverity::error ? "error" : rule.severity == RuleSeverity::warning ? "warning" : "none"}}}});
  }
  Json results = Json::array();
  auto add = [&](const std::string& rule_id, std::string_view level, const std::string& message,
                 const std::optional<schema::SourceLocation>& location) {
    Json entry = {{"ruleId", rule_id}, {"level", level}, {"message", {{"text", message}}}};
    if (location)
      entry["locations"] = Json::array({{{"physicalLocation",
                                          {{"artifactLocation", {{"uri", location->path}}},
                                           {"region", {{"startLine", location->line}, {"startColumn", std::max(location->column, 1)}}}}}}});
    results.push_back(entry);
  };
  for (const auto& diagnostic : result.diagnostics)
    add(diagnostic.code, diagnostic.severity == schema::Severity::error ? "error" : "warning", diagnostic.message,
        diagnostic.location);
  for (const auto& finding : result.findings)
    add(std::string(finding.rule->slug), severity_name(finding.severity) == "error" ? "error" : "warning",
        finding.message, finding.location);
  Json log = {{"version", "2.1.0"},
              {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"runs", Json::array({{{"tool", {{"driver", {{"name", "pgmorph"},
                                                          {"version", "0.1.0"},
                                                          {"informationUri", k_information_uri},
                                                          {"rules", rules}}}}},
                                     {"results", results}}})}};
  return log.dump(2) + "\n";
}

std::string render_catalog_json() {
  Json rules = Json::array();
  for (const auto& rule : rule_catalog())
    rules.push_back({{"code", rule.code},
                     {"slug", rule.slug},
                     {"severity", rule.severity == RuleSeverity::error ? "error" : rule.severity == RuleSeverity::warning ? "warning" : "off"},
                     {"flags", rule.flags},
                     {"lock", rule.lock},
                     {"rewrite", rule.rewrite},
                     {"risk", rule.risk},
                     {"alternative", rule.alternative}});
  return rules.dump(2) + "\n";
}

std::string render_github(const LintResult& result) {
  std::string out;
  auto line = [&](std::string_view level, const std::string& title, const std::string& message,
                  const std::optional<schema::SourceLocation>& location) {
    if (location)
      out += fmt::format("::{} file={},line={},col={},title={}::{}\n", level, escape_github(location->path, true),
                         location->line, location->column, escape_github(title, true), escape_github(message, false));
    else
      out += fmt::format("::{} title={}::{}\n", level, escape_github(title, true), escape_github(message, false));
  };
  for (const auto& diagnostic : result.diagnostics)
    line(diagnostic.severity == schema::Severity::error ? "error" : "warning", diagnostic.code, diagnostic.message,
         diagnostic.location);
  for (const auto& finding : result.findings)
    line(finding.severity == schema::Severity::error ? "error" : "warning",
         fmt::format("{} {}", finding.rule->code, finding.rule->slug),
         finding.message + " (help: " + std::string(finding.rule->alternative) + ")", finding.location);
  return out;
}

namespace {

std::string escape_xml(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 forbids most control characters even escaped: drop them.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') out += c;
    }
  }
  return out;
}

struct JunitCase {
  std::string name, type, message, body;
};

}  // namespace

std::string render_junit(const LintResult& result, const std::vector<std::string>& paths, const std::string& suite) {
  std::vector<std::pair<std::string, std::vector<JunitCase>>> files;
  for (const auto& path : paths) files.push_back({path, {}});
  auto file_of = [&](const std::string& path) -> std::vector<JunitCase>& {
    for (auto& [name, cases] : files)
      if (name == path) return cases;
    files.push_back({path, {}});
    return files.back().second;
  };
  for (const auto& diagnostic : result.diagnostics) {
    const std::string path = diagnostic.location ? diagnostic.location->path : "";
    const std::string where =
        diagnostic.location ? fmt::format("{}:{}:{}", path, diagnostic.location->line, diagnostic.location->column) : path;
    file_of(path).push_back({fmt::format("{} ({})", diagnostic.code, where), std::string(severity_name(diagnostic.severity)),
                             diagnostic.message, schema::format_diagnostic(diagnostic)});
  }
  for (const auto& finding : result.findings) {
    const auto& at = finding.location;
    file_of(at.path).push_back({fmt::format("{} {} ({}:{}:{})", finding.rule->code, finding.rule->slug, at.path, at.line,
                                            at.column),
                                std::string(severity_name(finding.severity)), finding.message,
                                fmt::format("{}:{}:{}\n{}\nhelp: {}", at.path, at.line, at.column, at.line_text,
                                            finding.rule->alternative)});
  }
  std::size_t tests = 0, failures = 0;
  std::string body;
  for (const auto& [path, cases] : files) {
    tests += std::max<std::size_t>(cases.size(), 1);
    failures += cases.size();
    body += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", escape_xml(path),
                        std::max<std::size_t>(cases.size(), 1), cases.size());
    if (cases.empty()) body += fmt::format("    <testcase name=\"{}\" classname=\"{}\"/>\n", escape_xml(path), escape_xml(path));
    for (const auto& c : cases)
      body += fmt::format("    <testcase name=\"{}\" classname=\"{}\">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n"
                          "    </testcase>\n",
                          escape_xml(c.name), escape_xml(path), c.type, escape_xml(c.message), escape_xml(c.body));
    body += "  </testsuite>\n";
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\">\n{}"
                     "</testsuites>\n",
                     escape_xml(suite), tests, failures, body);
}

}  // namespace pgmorph::lint
