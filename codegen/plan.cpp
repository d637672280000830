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
  Plan fixups = build_plan(down_fixups);
  Plan plan;
  // down.sql runs statements last to first: the fix-ups go first, in reverse.
  for (auto it = fixups.statements.rbegin(); it != fixups.statements.rend(); ++it) {
    Statement statement;
    statement.summary = "restore column order: " + it->summary;
    statement.reverse = std::move(it->up);
    statement.reverse_hazards = std::move(it->hazards);
    statement.table = it->table;
    statement.down_only = true;
    plan.statements.push_back(std::move(statement));
  }
  for (auto& statement : build_plan(changes).statements) plan.statements.push_back(std::move(statement));
  return plan;
}

}  // namespace pgmorph::codegen
