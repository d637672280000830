// Data-aware grading: with a live `from`, the hazards of up.sql are graded by the size of the
// table their statement locks, scans or rewrites (safety.md §1.3; no peer does this).
#pragma once

#include <cstdint>
#include <string>

#include "codegen/plan.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::cli {

/// What the server says about one table's size (partitions summed).
struct TableSize {
  std::int64_t heap_bytes = 0;   ///< pg_relation_size: 0 means no row was ever stored
  std::int64_t total_bytes = 0;  ///< with indexes and TOAST
  std::int64_t rows = -1;        ///< pg_class.reltuples; -1 when never analyzed
};

/// The grade of `hazard` on a table of `size`: on an empty table a hazard about lock
/// duration, rewrites, scans or data the step could fail on becomes info ("empty table");
/// data loss and compatibility hazards keep their severity. Every graded hazard gets the
/// size as its note; 1 GiB or 10 million rows is called large.
void grade_hazard(codegen::Hazard& hazard, const TableSize& size);

/// Reads the size of every table a statement of `plan` names from `conninfo` (read only) and
/// grades the up.sql hazards of those statements. False when the database cannot be reached
/// (the error is in `diagnostics`); the plan is then unchanged.
bool grade_hazards(codegen::Plan& plan, const std::string& conninfo, schema::Diagnostics& diagnostics);

}  // namespace pgmorph::cli
