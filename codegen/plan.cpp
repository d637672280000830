#include "codegen/plan.hpp"

#include "codegen/render.hpp"

namespace pgmorph::codegen {

Plan build_plan(const diff::ChangeSet& changes) {
  Plan plan;
  for (const auto& change : changes)
    for (auto& statement : render(change)) plan.statements.push_back(std::move(statement));
  return plan;
}

Plan build_plan(const diff::ChangeSet& changes, const diff::ChangeSet& down_fixups) {
  Plan plan = build_plan(changes);
  for (auto& fixup : build_plan(down_fixups).statements) {
    Statement statement;
    statement.summary = "restore column order: " + fixup.summary;
    statement.reverse = std::move(fixup.up);
    statement.reverse_hazards = std::move(fixup.hazards);
    statement.table = fixup.table;
    statement.down_only = true;
    plan.down_epilogue.push_back(std::move(statement));
  }
  return plan;
}

}  // namespace pgmorph::codegen
