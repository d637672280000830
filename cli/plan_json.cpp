#include "cli/plan_json.hpp"

#include <nlohmann/json.hpp>

namespace pgmorph::cli {

namespace {

using nlohmann::json;

std::string mode_name(codegen::TxMode mode) {
  switch (mode) {
    case codegen::TxMode::transaction: return "transaction";
    case codegen::TxMode::own_transaction: return "own_transaction";
    case codegen::TxMode::none: return "none";
  }
  return "transaction";
}

json steps_json(const std::vector<codegen::Step>& steps) {
  json out = json::array();
  for (const auto& step : steps) out.push_back({{"sql", step.sql}, {"transaction", mode_name(step.mode)}});
  return out;
}

json hazards_json(const std::vector<codegen::Hazard>& hazards) {
  json out = json::array();
  for (const auto& hazard : hazards) {
    const auto& info = codegen::hazard_info(hazard.code);
    out.push_back({{"code", info.id},
                   {"slug", info.slug},
                   {"severity", codegen::severity_name(codegen::effective_severity(hazard))},
                   {"size", hazard.size_note},
                   {"lock", info.lock},
                   {"cost", info.cost},
                   {"data_loss", info.loses_data},
                   {"object", hazard.detail},
                   {"message", info.summary}});
  }
  return out;
}

json statements_json(const std::vector<codegen::Statement>& list) {
  json statements = json::array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& statement = list[i];
    json probes = json::array();
    for (const auto& probe : statement.probes)
      probes.push_back({{"question", probe.question}, {"sql", probe.sql}, {"fails_when_positive", probe.blocks}});
    statements.push_back({{"number", i + 1},
                          {"summary", statement.summary},
                          {"up", steps_json(statement.up)},
                          {"reverse", steps_json(statement.reverse)},
                          {"irreversible", statement.irreversible},
                          {"reverse_note", statement.reverse_note},
                          {"hazards", hazards_json(statement.hazards)},
                          {"reverse_hazards", hazards_json(statement.reverse_hazards)},
                          {"probes", probes}});
  }
  return statements;
}

}  // namespace

std::string plan_json(const codegen::Plan& plan, const codegen::EmitOptions& labels) {
  const json document = {{"format", "pgmorph-plan"},
                         {"version", 1},
                         {"from", labels.from_label},
                         {"to", labels.to_label},
                         {"settings", {{"lock_timeout", labels.lock_timeout}, {"statement_timeout", labels.statement_timeout}}},
                         {"statements", statements_json(plan.statements)},
                         {"down_epilogue", statements_json(plan.down_epilogue)}};
  return document.dump(2) + "\n";
}

}  // namespace pgmorph::cli
