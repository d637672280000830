// Pre-flight probes of a plan: written to a file (`--probes FILE`) or run read-only on the
// live `from` database (`--run-probes`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "codegen/plan.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::cli {

/// Every probe of up.sql as a script of read-only queries, each headed by its statement
/// number, summary and question.
std::string probes_script(const codegen::Plan& plan);

/// What one probe found on the live database.
struct ProbeResult {
  std::size_t statement = 0;  ///< 1-based statement number in up.sql
  std::string summary;        ///< the statement's summary
  std::string question;       ///< the probe's question
  std::string count;          ///< the count returned; empty when the probe did not run or failed
  /// `ok`: nothing predicts a failure; `fails`: the step will fail on these rows (or the
  /// probe's conversion failed); `not_run`: it reads what an earlier step creates or renames.
  enum class Verdict { ok, fails, not_run } verdict = Verdict::ok;
  std::string note;  ///< the server's error for `fails` without a count, or why `not_run`
};

/// Runs every probe on `conninfo`, each in a READ ONLY transaction that is rolled back.
/// Nothing when the database cannot be reached (the error is in `diagnostics`).
std::optional<std::vector<ProbeResult>> run_probes(const std::string& conninfo, const codegen::Plan& plan,
                                                   schema::Diagnostics& diagnostics);

/// The results for the terminal: a count line, then one line per probe.
std::string describe_probe_results(const std::vector<ProbeResult>& results);

}  // namespace pgmorph::cli
