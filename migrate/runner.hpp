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
  bool allow_drift = false;      ///< apply: skip the stale-plan check
  bool verify_rollback = false;  ///< apply: rehearse up, down, up on a scratch database first
  std::optional<std::string> dev_url;  ///< the scratch server for verify_rollback
  /// The schema fingerprint (`sha256:<hex>`, as `pgmorph plan` writes it) of the database at
  /// `conninfo`, migration bookkeeping excluded; empty after an error in the diagnostics.
  /// Given by the cli layer, which owns the plan code; without it no fingerprint is checked.
  std::function<std::optional<std::string>(const std::string& conninfo, schema::Diagnostics&)>
      fingerprint;
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

/// `pgmorph apply`. Before the first pending migration runs (not a resumed one), a
/// `-- pgmorph:from` header in its up file is compared with `options.fingerprint` of the
/// database; a mismatch refuses unless `allow_drift`. With `verify_rollback`, every pending
/// migration is first applied, rolled back and applied again on a scratch database
/// (migrate/verify_rollback.hpp); a down that does not restore the schema refuses.
RunReport apply_migrations(const RunnerOptions& options);
/// `pgmorph rollback`: runs the down files of the last `steps` applied migrations (or of
/// those above `to_version`), newest first, deleting each history row with its last unit.
RunReport rollback_migrations(const RunnerOptions& options);
/// `pgmorph status`: every file and history row as applied, pending, failed, running
/// (partly applied), modified (checksum differs from history) or missing (no file).
RunReport migration_status(const RunnerOptions& options);
/// `pgmorph baseline`: records every migration up to and including `to_version` as
/// `baseline` (counted as applied, never run) for a database that already has their schema.
/// Refused when the history is not empty or no file has that version.
RunReport baseline_history(const RunnerOptions& options);
/// `pgmorph repair`: deletes `failed` / `running` rows with no committed statement, and with
/// `accept_checksums` sets the checksum of applied rows to their file's. One line per change;
/// every change in one transaction. A checksum difference left alone is outcome refused.
RunReport repair_history(const RunnerOptions& options, bool accept_checksums);
/// `pgmorph rehash`: rewrites pgmorph.sum; the lines say what changed.
RunReport rehash_directory(const std::filesystem::path& dir);

}  // namespace pgmorph::migrate
