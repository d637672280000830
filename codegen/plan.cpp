#include "codegen/plan.hpp"

#include "codegen/render.hpp"

namespace pgmorph::codegen {

Plan build_plan(const diff::ChangeSet& changes) {
  Plan plan;
  for (const auto& change : changes)
    for (auto& statement : render(change)) plan.statements.push_back(std::move(statement));
  return plan;
}

}  // namespace pgmorph::codegen
