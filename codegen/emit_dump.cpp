#include "codegen/dump.hpp"
#include "codegen/plan.hpp"
#include "diff/diff.hpp"

namespace pgmorph::codegen {

std::string emit_dump(const schema::Catalog& catalog, schema::Diagnostics& diagnostics) {
  const schema::Catalog empty;
  const Plan plan = build_plan(diff::diff(empty, catalog, diagnostics));
  std::string out = "SET check_function_bodies = false;\n\n";
  for (const auto& statement : plan.statements)
    for (const auto& step : statement.up) out += step.sql + ";\n\n";
  return out;
}

}  // namespace pgmorph::codegen
