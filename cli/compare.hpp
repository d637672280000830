// The pipeline shared by `diff` and `check`: load both sides, normalize, diff, plan.
#pragma once

#include "codegen/plan.hpp"
#include "diff/diff.hpp"
#include "schema/diagnostic.hpp"

#include <optional>
#include <string>

namespace pgmorph::cli {

/// The plan that turns SRC `from` into SRC `to`. Both sides load concurrently and go
/// through the same normalizer. Empty when any error was reported in `diagnostics`.
/// With `from_state` / `to_state`, the sides as loaded and normalized are moved there. With
/// `without_bookkeeping`, migration tools' tables and the pgmorph schema are removed from
/// both sides first (schema::remove_bookkeeping; `pgmorph plan` does this).
std::optional<codegen::Plan> plan_between(const std::string& from, const std::string& to,
                                          schema::Diagnostics& diagnostics,
                                          const diff::DiffOptions& options = {},
                                          schema::Catalog* from_state = nullptr,
                                          schema::Catalog* to_state = nullptr,
                                          bool without_bookkeeping = false);

}  // namespace pgmorph::cli
