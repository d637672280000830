#include "cli/compare.hpp"

#include "cli/sources.hpp"
#include "diff/diff.hpp"
#include "schema/normalize.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace pgmorph::cli {

namespace {

/// With PGMORPH_TIMING set, prints how long each stage took to stderr (for bench/).
class StageTimer {
 public:
  StageTimer() : m_enabled(std::getenv("PGMORPH_TIMING") != nullptr) {}
  void lap(const char* stage) {
    if (!m_enabled) return;
    const auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "pgmorph: timing: %-17s %7.3f s\n", stage,
                 std::chrono::duration<double>(now - m_last).count());
    m_last = now;
  }

 private:
  bool m_enabled;
  std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

}  // namespace

std::optional<codegen::Plan> plan_between(const std::string& from, const std::string& to,
                                          schema::Diagnostics& diagnostics) {
  StageTimer timer;
  LoadedPair sides = load_catalogs(from, to, diagnostics);
  timer.lap("load (both sides)");
  if (!sides.from || !sides.to || schema::has_errors(diagnostics)) return std::nullopt;
  schema::normalize(*sides.from);
  schema::normalize(*sides.to);
  timer.lap("normalize");
  const diff::ChangeSet changes = diff::diff(*sides.from, *sides.to, diagnostics);
  timer.lap("diff");
  if (schema::has_errors(diagnostics)) return std::nullopt;
  codegen::Plan plan = codegen::build_plan(changes);
  timer.lap("plan");
  return plan;
}

}  // namespace pgmorph::cli
