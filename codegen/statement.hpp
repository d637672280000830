// A rendered change: the steps that apply it and the steps that undo it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "codegen/hazards.hpp"
#include "schema/names.hpp"

namespace pgmorph::codegen {

/// How a step relates to transaction blocks in the emitted script.
enum class TxMode {
  transaction,      ///< inside the current BEGIN ... COMMIT block
  own_transaction,  ///< in a transaction of its own (e.g. VALIDATE after ADD ... NOT VALID)
  none,             ///< outside any block (CREATE INDEX CONCURRENTLY, ALTER TYPE ADD VALUE)
};

/// One SQL statement without the trailing semicolon.
struct Step {
  std::string sql;
  TxMode mode = TxMode::transaction;
};

/// A read-only pre-flight question about the data a step meets: `sql` returns one count.
/// With `blocks`, a count above zero means the step will fail (NULLs before SET NOT NULL,
/// duplicates before a unique key, orphans before a foreign key); without, it says how much
/// the step destroys (rows of a dropped table). An error from `sql` means the step's
/// conversion fails too (a value that does not cast).
struct Probe {
  std::string question;  ///< e.g. "rows of public.t where c is NULL"
  std::string sql;
  bool blocks = true;
};

/// The unit of a plan. `reverse` holds the steps that undo `up`, in their own execution
/// order; it is empty only when `irreversible` is set, which the plan reports.
struct Statement {
  std::vector<Step> up;
  std::vector<Step> reverse;
  std::vector<Hazard> hazards;
  /// Hazards of running `reverse` (a down step that drops what up created loses its rows).
  std::vector<Hazard> reverse_hazards;
  bool irreversible = false;
  /// Why the reverse does not give everything back (e.g. rows of a dropped table).
  std::string reverse_note;
  /// One-line summary for the plan header, e.g. "drop table public.t".
  std::string summary;
  /// Pre-flight questions for up.sql (`diff --probes`, `--run-probes`).
  std::vector<Probe> probes;
  /// The existing table the statement locks, scans or rewrites (unset when none, or when the
  /// plan creates the table): what data-aware grading measures.
  std::optional<schema::QualifiedName> table;
  /// Runs only in down.sql (`up` is empty), from Plan::down_epilogue: its summary is not
  /// an "undo:" of anything.
  bool down_only = false;
};

}  // namespace pgmorph::codegen
