// The versioned-migration runner behind `pgmorph apply`, `rollback`, `status` and `rehash`
// (docs/migrations.md). It reads a pgmorph-format directory, checks it completely before
// connecting (pgmorph.sum, file names, transaction structure), takes the advisory lock,
// compares with the history table, then commits unit by unit.
#pragma once

#include "migrate/history.hpp"
#include "migrate/migration_dir.hpp"
#include "schema/diagnostic.hpp"

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pgmorph::migrate {

struct RunnerOptions {
  std::string db_url;
  std::filesystem::path dir;
  std::optional<std::string>
      to_version;  ///< apply: up to and including; rollback: down to, excluded
  int steps = 1;   ///< rollback without --to
  bool dry_run = false;
  bool allow_out_of_order = false;
  double lock_wait_seconds = 60;
  std::string lock_timeout = "2s";
  std::string statement_timeout = "1h";
  int retries = 5;
  const std::atomic<bool>* interrupted = nullptr;    ///< set by the caller's signal handler
  std::function<void(const std::string&)> progress;  ///< one line of progress for people
};

enum class RunOutcome {
  done,         ///< everything asked for is applied (or rolled back); also nothing to do
  pending,      ///< status: something is pending, failed or partly applied
  refused,      ///< bad input or integrity check: nothing ran
  failed,       ///< a statement failed; the report says what was committed
  interrupted,  ///< SIGINT/SIGTERM: the unit in progress rolled back, the lock released
};

struct RunReport {
  RunOutcome outcome = RunOutcome::done;
  schema::Diagnostics diagnostics;  ///< why it was refused or failed
  std::vector<std::string>
      lines;  ///< the report for people (status table, what committed, how to resume)
};

/// `pgmorph apply`.
RunReport apply_migrations(const RunnerOptions& options);
/// `pgmorph rollback`: runs the down files of the last `steps` applied migrations (or of
/// those above `to_version`), newest first, deleting each history row with its last unit.
RunReport rollback_migrations(const RunnerOptions& options);
/// `pgmorph status`: every file and history row as applied, pending, failed, running
/// (partly applied), modified (checksum differs from history) or missing (no file).
RunReport migration_status(const RunnerOptions& options);
/// `pgmorph rehash`: rewrites pgmorph.sum; the lines say what changed.
RunReport rehash_directory(const std::filesystem::path& dir);

}  // namespace pgmorph::migrate
