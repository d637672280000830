#include "cli/compare.hpp"

#include "cli/sources.hpp"
#include "diff/diff.hpp"
#include "schema/normalize.hpp"

namespace pgmorph::cli {

std::optional<codegen::Plan> plan_between(const std::string& from, const std::string& to,
                                          schema::Diagnostics& diagnostics) {
  LoadedPair sides = load_catalogs(from, to, diagnostics);
  if (!sides.from || !sides.to || schema::has_errors(diagnostics)) return std::nullopt;
  schema::normalize(*sides.from);
  schema::normalize(*sides.to);
  const diff::ChangeSet changes = diff::diff(*sides.from, *sides.to, diagnostics);
  if (schema::has_errors(diagnostics)) return std::nullopt;
  return codegen::build_plan(changes);
}

}  // namespace pgmorph::cli
