#include "migrate/verify_rollback.hpp"

#include "migrate/runner_setup.hpp"
#include "migrate/scratch_database.hpp"

#include <fmt/format.h>

namespace pgmorph::migrate {

namespace {

/// One rehearsal step on the scratch database: the runner's own apply or rollback.
bool rehearse(const RunReport& step, const std::string& what, RunReport& report) {
  if (step.outcome == RunOutcome::done) return true;
  report.diagnostics.push_back(error_diagnostic(
      "verify-rollback",
      fmt::format("--verify-rollback: {} failed on the scratch database; nothing ran on the "
                  "target",
                  what)));
  report.diagnostics.insert(report.diagnostics.end(), step.diagnostics.begin(),
                            step.diagnostics.end());
  report.outcome = step.outcome == RunOutcome::interrupted ? RunOutcome::interrupted
                                                           : RunOutcome::refused;
  return false;
}

}  // namespace

bool verify_rollback(const RunnerOptions& options, const std::vector<const MigrationFile*>& applied,
                     const std::vector<const MigrationFile*>& pending, RunReport& report) {
  if (!options.dev_url || !options.fingerprint) {
    report.diagnostics.push_back(error_diagnostic(
        "verify-rollback", "--verify-rollback needs a scratch server: --dev-url or PGMORPH_DEV_URL"));
    report.outcome = RunOutcome::refused;
    return false;
  }
  if (!applied.empty() && compare_versions(pending.front()->version, applied.back()->version) < 0) {
    // The rehearsal rolls back the newest migration; one below the head is not the newest.
    report.diagnostics.push_back(error_diagnostic(
        "verify-rollback",
        fmt::format("--verify-rollback cannot rehearse {}_{}: it is below the applied head {}",
                    pending.front()->version, pending.front()->name, applied.back()->version)));
    report.outcome = RunOutcome::refused;
    return false;
  }
  auto scratch = ScratchDatabase::create(*options.dev_url, report.diagnostics);
  if (!scratch) {
    report.outcome = RunOutcome::failed;
    return false;
  }
  RunnerOptions rehearsal = options;
  rehearsal.db_url = scratch->conninfo();
  rehearsal.verify_rollback = false;
  rehearsal.allow_drift = true;  // the scratch copy is built from the files, not the target
  rehearsal.dry_run = false;
  rehearsal.progress = nullptr;
  const auto fingerprint = [&](std::string& out) {
    const auto value = options.fingerprint(scratch->conninfo(), report.diagnostics);
    if (!value) report.outcome = RunOutcome::failed;
    out = value.value_or("");
    return value.has_value();
  };
  if (!applied.empty()) {
    rehearsal.to_version = applied.back()->version;
    rehearsal.allow_out_of_order = true;
    if (!rehearse(apply_migrations(rehearsal), "replaying the applied migrations", report))
      return false;
  }
  for (const MigrationFile* file : pending) {
    const std::string label = file->version + "_" + file->name;
    std::string before, after, restored, again;
    if (!fingerprint(before)) return false;
    rehearsal.to_version = file->version;
    if (!rehearse(apply_migrations(rehearsal), "applying " + label, report)) return false;
    if (!fingerprint(after)) return false;
    rehearsal.to_version.reset();
    rehearsal.steps = 1;
    if (!rehearse(rollback_migrations(rehearsal), "rolling back " + label + " (" +
                                                      file->down.string() + ")",
                  report))
      return false;
    if (!fingerprint(restored)) return false;
    if (restored != before) {
      report.diagnostics.push_back(error_diagnostic(
          "verify-rollback",
          fmt::format("--verify-rollback: the down file of {} does not restore the schema: "
                      "{} before the up file, {} after the down file ({}); nothing ran on the "
                      "target",
                      label, before, restored, file->down.string())));
      report.outcome = RunOutcome::refused;
      return false;
    }
    rehearsal.to_version = file->version;
    if (!rehearse(apply_migrations(rehearsal), "applying " + label + " again after its rollback",
                  report))
      return false;
    if (!fingerprint(again)) return false;
    if (again != after) {
      report.diagnostics.push_back(error_diagnostic(
          "verify-rollback",
          fmt::format("--verify-rollback: applying {} again after its rollback gives {}, the "
                      "first apply gave {}; nothing ran on the target",
                      label, again, after)));
      report.outcome = RunOutcome::refused;
      return false;
    }
    say(options, fmt::format("verified {}: up, down, up on a scratch database", label));
  }
  report.lines.push_back(fmt::format(
      "verified on a scratch database: {} pending migration(s) applied, rolled back, applied again",
      pending.size()));
  return true;
}

}  // namespace pgmorph::migrate
