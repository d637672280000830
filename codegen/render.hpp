// Change -> statements (each with its reverse). The dispatcher only routes; each family's
// renderer lives in its own render_<family>.cpp.
#pragma once

#include <vector>

#include "codegen/statement.hpp"
#include "diff/change.hpp"

namespace pgmorph::codegen {

/// Renders one change into the statements that apply it, each carrying its reverse.
std::vector<Statement> render(const diff::Change& change);

}  // namespace pgmorph::codegen
