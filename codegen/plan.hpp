// A plan: the rendered statements of a change set, and the up/down script text.
#pragma once

#include <string>
#include <vector>

#include "codegen/statement.hpp"
#include "diff/change.hpp"

namespace pgmorph::codegen {

struct Plan {
  std::vector<Statement> statements;  ///< in up order
  /// Statements only down.sql runs, after the reverse of `statements`, in this order (their
  /// `reverse` steps; `up` is empty): rebuilds that give the old column order back.
  std::vector<Statement> down_epilogue;

  bool empty() const { return statements.empty() && down_epilogue.empty(); }
};

/// Renders every change of an ordered change set.
Plan build_plan(const diff::ChangeSet& changes);

/// Renders `changes`, and `down_fixups` into `down_epilogue` (their up steps become the
/// reverse, which down.sql runs last, in their order).
Plan build_plan(const diff::ChangeSet& changes, const diff::ChangeSet& down_fixups);

/// Labels for the script header (the sources the plan was computed from).
struct EmitOptions {
  std::string from_label;
  std::string to_label;
  /// Session settings at the top of both scripts, as PostgreSQL durations ("10s", "1h";
  /// "0" turns a limit off). The caller checks their form.
  std::string lock_timeout = "10s";
  std::string statement_timeout = "1h";
};

/// The up script: header (summary, hazards), then each step; transactional steps grouped
/// in BEGIN/COMMIT blocks, non-transactional ones between blocks; `-- WARNING` lines above
/// steps that lose data or cannot be reversed. Runs with `psql -X -v ON_ERROR_STOP=1 -f`.
std::string emit_up(const Plan& plan, const EmitOptions& options);

/// The down script: the reverse of every statement, statements in reverse order.
std::string emit_down(const Plan& plan, const EmitOptions& options);

}  // namespace pgmorph::codegen
