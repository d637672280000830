// A stopwatch for the benchmark: with the environment variable PGMORPH_TIMING set, each
// lap() prints the time since the previous lap (or construction) to stderr as
// `pgmorph: timing: <prefix><stage> <seconds> s`. Without it, lap() does nothing.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace pgmorph::schema {

class StageTimer {
 public:
  explicit StageTimer(std::string prefix = "")
      : m_enabled(std::getenv("PGMORPH_TIMING") != nullptr), m_prefix(std::move(prefix)) {}

  /// Prints the time `stage` took, when timing is enabled.
  void lap(const char* stage) {
    if (!m_enabled) return;
    const auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "pgmorph: timing: %s%-17s %7.3f s\n", m_prefix.c_str(), stage,
                 std::chrono::duration<double>(now - m_last).count());
    m_last = now;
  }

  bool enabled() const { return m_enabled; }

 private:
  bool m_enabled;
  std::string m_prefix;
  std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

}  // namespace pgmorph::schema
