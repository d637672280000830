// A plan as the groups a migration runner executes: transaction blocks and the steps that
// must run outside any transaction, each step with the comments that go above it. Every
// `plan --dir-format` writer is built from this, never from script text.
#pragma once

#include <string>
#include <vector>

#include "codegen/plan.hpp"

namespace pgmorph::codegen {

enum class Direction { up, down };

/// One step and the comment lines above it (without `-- `): `WARNING: ...` for hazards and
/// irreversibility, `PROBE ...` lines for pre-flight questions (up only).
struct GroupedStep {
  std::vector<std::string> comments;
  std::string sql;  ///< one statement, no trailing semicolon
};

/// Steps that run together: in one transaction, or (when not `transactional`) exactly one
/// step that must run outside any transaction block (CREATE INDEX CONCURRENTLY).
struct StepGroup {
  bool transactional = true;
  std::vector<GroupedStep> steps;
};

/// One direction of a plan, ready for a writer.
struct GroupedScript {
  std::vector<std::string> summaries;  ///< numbered header lines, `[WARNING]` marked
  std::vector<StepGroup> groups;
  /// Comment lines of statements without steps (an irreversible drop's down side).
  std::vector<std::string> trailing_comments;
  /// True when some group is not transactional: the tool must not wrap the whole
  /// migration in one transaction.
  bool needs_no_transaction = false;
};

/// The `-- WARNING:` texts of one statement in one direction, as emit_up / emit_down
/// write them.
std::vector<std::string> statement_warnings(const Statement& statement, Direction direction);

/// Groups the steps exactly as emit_up / emit_down place BEGIN / COMMIT: consecutive
/// `transaction` steps share a group, an `own_transaction` step gets a group of its own,
/// a `none` step is a non-transactional group of one.
GroupedScript group_steps(const Plan& plan, Direction direction);

}  // namespace pgmorph::codegen
