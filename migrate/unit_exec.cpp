#include "migrate/unit_exec.hpp"

#include "schema/names.hpp"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>

namespace pgmorph::migrate {

namespace {

constexpr const char* k_lock_not_available = "55P03";

/// While a statement runs on the work connection, asks on the (otherwise idle) lock
/// connection who blocks it: after a lock timeout the wait is over and pg_blocking_pids is
/// empty, so the blockers must be seen during the wait. It also cancels the statement once
/// `interrupted` turns true, so SIGTERM does not wait for an hour-long index build: the
/// transaction rolls back (an interrupted CIC leaves an INVALID index the rerun rebuilds).
/// A cancel that lands just after the statement hits the history write instead, which is
/// in the same transaction or is reconciled on rerun, so the state stays consistent.
class BlockerWatch {
 public:
  BlockerWatch(SqlSession* watcher, SqlSession& work, const std::atomic<bool>* interrupted) {
    const int pid = work.backend_pid();
    if (watcher == nullptr || pid == 0) return;
    m_thread = std::thread([this, watcher, &work, interrupted, pid] {
      const std::string sql =
          fmt::format("SELECT string_agg(format('pid %s (%s): %s', b.pid, coalesce(a.state, '?'), "
                      "left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 200)), '; ') "
                      "FROM unnest(pg_blocking_pids({})) AS b(pid) LEFT JOIN pg_stat_activity a ON "
                      "a.pid = b.pid",
                      pid);
      std::unique_lock lock(m_mutex);
      while (!m_cv.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_stop; })) {
        lock.unlock();
        if (interrupted != nullptr && interrupted->load() && !m_cancelled) {
          m_cancelled = true;
          work.cancel();
        }
        std::string found;
        watcher->query_value(sql, found);
        lock.lock();
        if (!found.empty()) m_blockers = found;
      }
    });
  }
  ~BlockerWatch() { stop(); }
  BlockerWatch(const BlockerWatch&) = delete;
  BlockerWatch& operator=(const BlockerWatch&) = delete;

  std::string stop() {
    {
      std::lock_guard lock(m_mutex);
      m_stop = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable()) m_thread.join();
    return m_blockers;
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_cv;
  bool m_stop = false;
  bool m_cancelled = false;  // only the watch thread touches it
  std::string m_blockers;
  std::thread m_thread;
};

bool interrupted(const RunnerOptions& options) {
  return options.interrupted != nullptr && options.interrupted->load();
}

/// One attempt. On failure a transaction it opened is rolled back.
std::optional<UnitFailure> attempt(UnitContext& context, const MigrationScript& script,
                                   const Unit& unit, const std::string& history_sql) {
  SqlSession& work = context.work;
  const auto fail = [&](const PlannedStatement& statement, ServerError error,
                        std::string blockers) {
    if (work.in_transaction()) work.execute("ROLLBACK");
    return UnitFailure{statement, std::move(error), std::move(blockers), 1};
  };
  const auto run = [&](const PlannedStatement& statement) -> std::optional<UnitFailure> {
    BlockerWatch watch(context.watcher, work, context.options.interrupted);
    auto error = work.execute(statement.statement.text);
    std::string blockers = watch.stop();
    if (error) return fail(statement, std::move(*error), std::move(blockers));
    return std::nullopt;
  };
  const PlannedStatement& first = script.statements[unit.first];
  const auto interrupted_failure = [&](const PlannedStatement& at) {
    return fail(
        at,
        ServerError{"57014", "interrupted (SIGINT/SIGTERM); the unit was rolled back", "", "", 0},
        "");
  };

  if (unit.mode == UnitMode::autocommit) {
    std::optional<ServerError> error;
    if (!first.index_name.empty()) {
      const std::string verdict = reconcile_index(work, first, error);
      if (error) return fail(first, std::move(*error), "");
      if (verdict == "skip") {
        if (context.options.progress)
          context.options.progress(
              fmt::format("  {}:{}: already took effect (catalog), not run again", script.path,
                          first.statement.location.line));
        if (!history_sql.empty() && (error = work.execute(history_sql)))
          return fail(first, std::move(*error), "");
        return std::nullopt;
      }
    }
    if (auto failure = run(first)) return failure;
    if (!history_sql.empty() && (error = work.execute(history_sql)))
      return fail(first, std::move(*error), "");
    return std::nullopt;
  }

  std::size_t body_end = unit.first + unit.count;
  if (unit.mode == UnitMode::wrapped) {
    if (auto error = work.execute("BEGIN")) return fail(first, std::move(*error), "");
  } else {
    --body_end;  // the file's COMMIT runs after the history write
  }
  for (std::size_t i = unit.first; i < body_end; ++i) {
    if (i > unit.first && interrupted(context.options))
      return interrupted_failure(script.statements[i]);
    if (auto failure = run(script.statements[i])) return failure;
  }
  if (interrupted(context.options)) return interrupted_failure(script.statements[body_end - 1]);
  if (!history_sql.empty()) {
    if (auto error = work.execute(history_sql))
      return fail(script.statements[body_end - 1], std::move(*error), "");
  }
  const PlannedStatement& commit_at = script.statements[unit.first + unit.count - 1];
  if (auto error = work.execute(unit.mode == UnitMode::wrapped ? std::string("COMMIT")
                                                               : commit_at.statement.text)) {
    return fail(commit_at, std::move(*error), "");
  }
  return std::nullopt;
}

}  // namespace

std::string reconcile_index(SqlSession& session, const PlannedStatement& statement,
                            std::optional<ServerError>& error) {
  std::string state;
  error = session.query_value(
      fmt::format(
          "SELECT CASE WHEN c.oid IS NULL THEN 'absent' WHEN i.indisvalid THEN 'valid' ELSE "
          "'invalid' END "
          "FROM (SELECT to_regclass({}) AS oid) c LEFT JOIN pg_index i ON i.indexrelid = c.oid",
          schema::quote_literal(statement.index_name)),
      state);
  if (error) return "";
  if (statement.creates_index) {
    if (state == "valid") return "skip";
    if (state == "invalid") {
      // Why: an interrupted CREATE INDEX CONCURRENTLY leaves an INVALID index that takes
      // writes but answers no query; rerunning the CREATE would fail (or, with IF NOT
      // EXISTS, keep it), so it is dropped and built again.
      error = session.execute("DROP INDEX CONCURRENTLY IF EXISTS " + statement.index_name);
    }
    return "";
  }
  return state == "absent" ? "skip" : "";
}

std::optional<UnitFailure> run_unit(UnitContext& context, const MigrationScript& script,
                                    const Unit& unit, const std::string& history_sql) {
  const RunnerOptions& options = context.options;
  std::mt19937 random(std::random_device{}());
  for (int attempt_number = 1;; ++attempt_number) {
    auto failure = attempt(context, script, unit, history_sql);
    if (!failure) return std::nullopt;
    failure->attempts = attempt_number;
    if (failure->error.sqlstate != k_lock_not_available || attempt_number > options.retries ||
        interrupted(options)) {
      return failure;
    }
    // Jittered exponential backoff: 200 ms doubling per attempt, capped at 10 s, times 0.5..1.
    const double base = std::min(10000.0, 200.0 * (1 << std::min(attempt_number - 1, 10)));
    const auto wait = std::chrono::milliseconds(
        static_cast<long long>(base * std::uniform_real_distribution<double>(0.5, 1.0)(random)));
    if (options.progress) {
      options.progress(fmt::format("  lock timeout at {}:{} ({}); retry {}/{} in {} ms",
                                   script.path, failure->statement.statement.location.line,
                                   failure->blockers.empty() ? "blocker unknown"
                                                             : "blocked by " + failure->blockers,
                                   attempt_number, options.retries, wait.count()));
    }
    std::this_thread::sleep_for(wait);
  }
}

}  // namespace pgmorph::migrate
