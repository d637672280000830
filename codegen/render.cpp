#include "codegen/render.hpp"

#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

std::vector<Statement> render(const diff::Change& change) {
  return std::visit([](const auto& alternative) { return render_change(alternative); }, change);
}

Step step(const SqlBuilder& sql, TxMode mode) { return Step{sql.str(), mode}; }

Statement simple(std::string summary, Step up, Step reverse) {
  Statement statement;
  statement.summary = std::move(summary);
  statement.up.push_back(std::move(up));
  statement.reverse.push_back(std::move(reverse));
  return statement;
}

}  // namespace pgmorph::codegen
