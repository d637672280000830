#include "cli/plan_findings.hpp"

#include <algorithm>
#include <map>

#include "lint/rule_catalog.hpp"

namespace pgmorph::cli {

namespace {

lint::RuleInfo rule_for(const codegen::HazardInfo& info) {
  const lint::RuleInfo* lint_rule = lint::find_rule(info.id);
  lint::RuleInfo rule;
  rule.code = info.id;
  rule.slug = info.slug;
  rule.severity = info.severity == codegen::HazardSeverity::error ? lint::RuleSeverity::error : lint::RuleSeverity::warning;
  rule.flags = info.summary;
  rule.lock = info.lock;
  rule.rewrite = info.cost;
  rule.risk = info.loses_data ? "data loss" : "";
  rule.alternative = lint_rule != nullptr ? lint_rule->alternative : "see docs/hazards.md";
  return rule;
}

schema::Severity severity_of(codegen::HazardSeverity severity) {
  switch (severity) {
    case codegen::HazardSeverity::error: return schema::Severity::error;
    case codegen::HazardSeverity::warning: return schema::Severity::warning;
    case codegen::HazardSeverity::info: return schema::Severity::note;
  }
  return schema::Severity::warning;
}

/// 1-based line of byte `offset` in `text`, and that line's text.
std::pair<int, std::string> line_at(const std::string& text, std::size_t offset) {
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  const std::size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t begin = start == std::string::npos || offset == 0 ? 0 : start + 1;
  return {line, text.substr(begin, text.find('\n', begin) - begin)};
}

}  // namespace

PlanFindings plan_findings(const codegen::Plan& plan, const std::string& up_sql, const std::string& up_path) {
  PlanFindings out;
  std::map<codegen::HazardCode, const lint::RuleInfo*> by_code;
  std::size_t cursor = 0;
  for (const auto& statement : plan.statements) {
    // The statements appear in up.sql in plan order, each step verbatim.
    std::size_t found = std::string::npos;
    if (!statement.up.empty()) found = up_sql.find(statement.up.front().sql, cursor);
    if (found != std::string::npos) cursor = found;
    const auto [line, line_text] = line_at(up_sql, found == std::string::npos ? cursor : found);
    for (const auto& hazard : statement.hazards) {
      const auto& info = codegen::hazard_info(hazard.code);
      auto& rule = by_code[hazard.code];
      if (rule == nullptr) {
        rule = &out.rules_storage.emplace_back(rule_for(info));
        out.rules.push_back(*rule);
      }
      lint::Finding finding;
      finding.rule = rule;
      finding.severity = severity_of(codegen::effective_severity(hazard));
      finding.location = {up_path, line, 1, line_text};
      finding.message = hazard.detail + ": " + std::string(info.summary);
      out.result.findings.push_back(std::move(finding));
    }
  }
  return out;
}

}  // namespace pgmorph::cli
