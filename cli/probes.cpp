#include "cli/probes.hpp"

#include <cstdio>

#include <fmt/format.h>

#include "migrate/sql_session.hpp"

namespace pgmorph::cli {

std::string probes_script(const codegen::Plan& plan) {
  std::string out =
      "-- pgmorph pre-flight probes: read-only queries over the data up.sql meets.\n"
      "-- Each returns a count; where it says \"fails when > 0\" the step will fail on those rows.\n";
  for (std::size_t i = 0; i < plan.statements.size(); ++i)
    for (const auto& probe : plan.statements[i].probes)
      out += fmt::format("\n-- {}. {}\n-- {}{}\n{};\n", i + 1, plan.statements[i].summary, probe.question,
                         probe.blocks ? ": fails when > 0" : "", probe.sql);
  return out;
}

bool run_probes(const std::string& conninfo, const codegen::Plan& plan, schema::Diagnostics& diagnostics) {
  migrate::SqlSession session(conninfo, diagnostics);
  if (!session.ok()) return false;
  std::size_t count = 0, failing = 0;
  std::string report;
  for (std::size_t i = 0; i < plan.statements.size(); ++i) {
    for (const auto& probe : plan.statements[i].probes) {
      ++count;
      // Read only and rolled back: a probe never changes the database, and a slow one stops.
      session.execute("BEGIN READ ONLY");
      session.execute("SET LOCAL statement_timeout = '60s'");
      std::string value;
      const auto error = session.query_value(probe.sql, value);
      session.execute("ROLLBACK");
      std::string verdict;
      if (error && (error->sqlstate == "42P01" || error->sqlstate == "42703")) {
        verdict = "not run: it reads what an earlier step of the plan creates or renames";
      } else if (error) {
        verdict = fmt::format("the step will fail: {} (SQLSTATE {})", error->message, error->sqlstate);
        ++failing;
      } else if (probe.blocks && value != "0") {
        verdict = fmt::format("{} {}: the step will fail", value, probe.question);
        ++failing;
      } else {
        verdict = fmt::format("{} {}", value, probe.question);
      }
      report += fmt::format("  {:>3}. {}: {}\n", i + 1, plan.statements[i].summary, verdict);
    }
  }
  fmt::print(stderr, "pgmorph diff: {} probe(s) run read-only, {} predict a failure\n{}", count, failing, report);
  return true;
}

}  // namespace pgmorph::cli
