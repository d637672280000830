#include "migrate/advisory_lock.hpp"

#include <fmt/format.h>

#include <chrono>
#include <thread>

namespace pgmorph::migrate {

std::optional<std::string> acquire_lock(SqlSession& session, double wait_seconds,
                                        const std::atomic<bool>& interrupted,
                                        const std::function<void(const std::string&)>& on_wait) {
  using clock = std::chrono::steady_clock;
  const auto deadline =
      clock::now() + std::chrono::milliseconds(static_cast<long long>(wait_seconds * 1000));
  const std::string try_sql = fmt::format("SELECT pg_try_advisory_lock({})", k_advisory_lock_key);
  bool told = false;
  while (true) {
    std::string got;
    if (auto error = session.query_value(try_sql, got))
      return "cannot take the advisory lock: " + error->message;
    if (got == "t") return std::nullopt;
    if (!told) {
      std::string holder;
      session.query_value(
          fmt::format(
              "SELECT string_agg(pid::text, ', ') FROM pg_locks WHERE locktype = 'advisory' "
              "AND granted AND objid = {} AND classid = {}",
              k_advisory_lock_key & 0xFFFFFFFFLL, k_advisory_lock_key >> 32),
          holder);
      on_wait(fmt::format("waiting for the migration lock held by pid {} (up to {}s, --lock-wait)",
                          holder.empty() ? "?" : holder, wait_seconds));
      told = true;
    }
    if (interrupted) return "interrupted while waiting for the migration lock";
    if (clock::now() >= deadline) {
      return fmt::format(
          "gave up waiting for the migration lock after {}s (--lock-wait); another pgmorph "
          "is applying migrations",
          wait_seconds);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

void release_lock(SqlSession& session) {
  session.execute(fmt::format("SELECT pg_advisory_unlock({})", k_advisory_lock_key));
}

}  // namespace pgmorph::migrate
