// The runner's lock: a session-level advisory lock on a connection of its own. It is taken by
// polling pg_try_advisory_lock in short statements until a deadline, never by a blocking
// pg_advisory_lock: a waiter blocked inside pg_advisory_lock holds a snapshot that a
// concurrent CREATE INDEX CONCURRENTLY waits for, and the pair deadlocks (safety.md §2.3
// bug 1). Never a transaction-level lock either: its open transaction would stall CIC the
// same way (bug 2). A holder that dies loses the lock with its session.
#pragma once

#include "migrate/sql_session.hpp"

#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace pgmorph::migrate {

/// The lock key: the bytes "pgmorph" read as a number.
inline constexpr long long k_advisory_lock_key = 0x7067'6d6f'7270'68LL;

/// Polls until the lock is held (nullopt) or `wait_seconds` pass, or `interrupted` turns true
/// (a message saying which). `on_wait` is called once when the first try fails.
std::optional<std::string> acquire_lock(SqlSession& session, double wait_seconds,
                                        const std::atomic<bool>& interrupted,
                                        const std::function<void(const std::string&)>& on_wait);

/// Releases the lock (the session ending would also release it).
void release_lock(SqlSession& session);

}  // namespace pgmorph::migrate
