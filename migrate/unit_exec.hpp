// Running one unit of a migration file (migrate/plan_checks.hpp) with its history write, the
// timeouts, lock-timeout retries with jittered exponential backoff, and the reconciliation of
// an interrupted CREATE INDEX CONCURRENTLY. Internal to the runner.
#pragma once

#include "migrate/plan_checks.hpp"
#include "migrate/runner.hpp"
#include "migrate/sql_session.hpp"

#include <optional>
#include <string>

namespace pgmorph::migrate {

struct UnitFailure {
  PlannedStatement statement;
  ServerError error;
  std::string blockers;  ///< "pid N (state): query" of sessions that blocked it, when known
  int attempts = 1;
};

struct UnitContext {
  SqlSession& work;
  SqlSession* watcher = nullptr;  ///< idle connection that looks up blocking pids meanwhile
  const RunnerOptions& options;
};

/// Runs `unit` of `script`. `history_sql` (may be "") is run in the unit's transaction just
/// before its COMMIT, or for an autocommit unit right after its statement. A lock timeout
/// (55P03) rolls the transaction back and retries up to options.retries times; nothing that
/// committed is run again. Checks the interrupt flag between statements: an interrupted
/// transactional unit is rolled back and reported as failed with SQLSTATE 57014.
std::optional<UnitFailure> run_unit(UnitContext& context, const MigrationScript& script,
                                    const Unit& unit, const std::string& history_sql);

/// For CREATE / DROP INDEX CONCURRENTLY about to be (re)run after an interruption: "skip"
/// when the catalog shows it already took effect (a valid index exists / the index is gone),
/// "" to run it; an INVALID index left by an interrupted build is dropped first (that is
/// what "rebuilt" means: IF NOT EXISTS would otherwise keep the broken index).
std::string reconcile_index(SqlSession& session, const PlannedStatement& statement,
                            std::optional<ServerError>& error);

}  // namespace pgmorph::migrate
