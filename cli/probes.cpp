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

std::optional<std::vector<ProbeResult>> run_probes(const std::string& conninfo, const codegen::Plan& plan,
                                                   schema::Diagnostics& diagnostics) {
  migrate::SqlSession session(conninfo, diagnostics);
  if (!session.ok()) return std::nullopt;
  std::vector<ProbeResult> results;
  for (std::size_t i = 0; i < plan.statements.size(); ++i) {
    for (const auto& probe : plan.statements[i].probes) {
      ProbeResult result;
      result.statement = i + 1;
      result.summary = plan.statements[i].summary;
      result.question = probe.question;
      // Read only and rolled back: a probe never changes the database, and a slow one stops.
      session.execute("BEGIN READ ONLY");
      session.execute("SET LOCAL statement_timeout = '60s'");
      std::string value;
      const auto error = session.query_value(probe.sql, value);
      session.execute("ROLLBACK");
      if (error && (error->sqlstate == "42P01" || error->sqlstate == "42703")) {
        result.verdict = ProbeResult::Verdict::not_run;
        result.note = "it reads what an earlier step of the plan creates or renames";
      } else if (error) {
        result.verdict = ProbeResult::Verdict::fails;
        result.note = fmt::format("{} (SQLSTATE {})", error->message, error->sqlstate);
      } else {
        result.count = value;
        if (probe.blocks && value != "0") result.verdict = ProbeResult::Verdict::fails;
      }
      results.push_back(std::move(result));
    }
  }
  return results;
}

std::string describe_probe_results(const std::vector<ProbeResult>& results) {
  std::size_t failing = 0;
  std::string report;
  for (const auto& result : results) {
    std::string verdict;
    switch (result.verdict) {
      case ProbeResult::Verdict::not_run: verdict = "not run: " + result.note; break;
      case ProbeResult::Verdict::fails:
        ++failing;
        verdict = result.count.empty() ? "the step will fail: " + result.note
                                       : fmt::format("{} {}: the step will fail", result.count, result.question);
        break;
      case ProbeResult::Verdict::ok: verdict = fmt::format("{} {}", result.count, result.question); break;
    }
    report += fmt::format("  {:>3}. {}: {}\n", result.statement, result.summary, verdict);
  }
  return fmt::format("pgmorph diff: {} probe(s) run read-only, {} predict a failure\n{}", results.size(), failing,
                     report);
}

}  // namespace pgmorph::cli
