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

/// Lines of a text read front to back: offsets only grow, so each byte is counted once.
class LineCounter {
 public:
  explicit LineCounter(const std::string& text) : m_text(text) {}
  /// 1-based line of byte `offset` (not before the previous one asked), and that line's text.
  std::pair<int, std::string> at(std::size_t offset) {
    m_line += static_cast<int>(std::count(m_text.begin() + static_cast<std::ptrdiff_t>(m_counted),
                                          m_text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    m_counted = offset;
    const std::size_t start = offset == 0 ? std::string::npos : m_text.rfind('\n', offset - 1);
    const std::size_t begin = start == std::string::npos ? 0 : start + 1;
    return {m_line, m_text.substr(begin, m_text.find('\n', begin) - begin)};
  }

 private:
  const std::string& m_text;
  std::size_t m_counted = 0;
  int m_line = 1;
};

}  // namespace

PlanFindings plan_findings(const codegen::Plan& plan, const std::string& up_sql, const std::string& up_path) {
  PlanFindings out;
  std::map<codegen::HazardCode, const lint::RuleInfo*> by_code;
  std::size_t cursor = 0;
  LineCounter lines(up_sql);
  for (const auto& statement : plan.statements) {
    // The statements appear in up.sql in plan order, each step verbatim.
    std::size_t found = std::string::npos;
    if (!statement.up.empty()) found = up_sql.find(statement.up.front().sql, cursor);
    if (found != std::string::npos) cursor = found;
    const auto [line, line_text] = lines.at(found == std::string::npos ? cursor : found);
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
