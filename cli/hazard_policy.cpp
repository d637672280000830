#include "cli/hazard_policy.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace pgmorph::cli {

namespace {

using codegen::HazardSeverity;

struct NumberedHazard {
  std::size_t statement;  ///< 1-based, as in the script header
  const codegen::Hazard* hazard;
};

std::vector<NumberedHazard> up_hazards(const codegen::Plan& plan) {
  std::vector<NumberedHazard> out;
  for (std::size_t i = 0; i < plan.statements.size(); ++i)
    for (const auto& hazard : plan.statements[i].hazards) out.push_back({i + 1, &hazard});
  std::stable_sort(out.begin(), out.end(), [](const NumberedHazard& a, const NumberedHazard& b) {
    return codegen::hazard_info(a.hazard->code).severity < codegen::hazard_info(b.hazard->code).severity;
  });
  return out;
}

}  // namespace

std::optional<std::set<std::string>> parse_allowed_hazards(const std::string& list, std::string& error) {
  std::set<std::string> allowed;
  std::size_t start = 0;
  while (start <= list.size()) {
    auto end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string name = list.substr(start, end - start);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    if (!name.empty()) {
      const codegen::HazardInfo* info = codegen::find_hazard(name);
      if (!info) {
        std::string known;
        for (const auto& entry : codegen::all_hazards()) known += fmt::format(" {} ({})", entry.id, entry.slug);
        error = fmt::format("--allow-hazards: unknown hazard '{}'; known hazards:{}", name, known);
        return std::nullopt;
      }
      allowed.insert(std::string(info->id));
    }
    start = end + 1;
  }
  return allowed;
}

std::string hazard_summary(const codegen::Plan& plan, std::string_view command) {
  const auto hazards = up_hazards(plan);
  std::string out = fmt::format("pgmorph {}: plan of {} statement(s), {} hazard(s)\n", command, plan.statements.size(),
                                hazards.size());
  for (const auto& [number, hazard] : hazards)
    out += fmt::format("  {:>3}. {}\n", number, codegen::describe(*hazard));
  const std::size_t irreversible = static_cast<std::size_t>(std::count_if(
      plan.statements.begin(), plan.statements.end(), [](const codegen::Statement& s) { return s.irreversible; }));
  if (irreversible > 0) out += fmt::format("  {} statement(s) cannot be undone by down.sql\n", irreversible);
  return out;
}

std::string disallowed_hazards(const codegen::Plan& plan, const HazardPolicy& policy) {
  if (!policy.fail_on_hazards) return {};
  std::string out;
  for (const auto& [number, hazard] : up_hazards(plan)) {
    const auto& info = codegen::hazard_info(hazard->code);
    const HazardSeverity severity = codegen::effective_severity(*hazard);
    if (severity == HazardSeverity::info || policy.allowed.contains(std::string(info.id)) ||
        !policy.fail_on.contains(std::string(codegen::severity_name(severity))))
      continue;
    out += fmt::format("  {:>3}. {}\n", number, codegen::describe(*hazard));
  }
  return out;
}

}  // namespace pgmorph::cli
