#include "migrate/runner.hpp"

#include "migrate/plan_header.hpp"
#include "migrate/runner_setup.hpp"
#include "migrate/verify_rollback.hpp"

#include <fmt/format.h>

#include <chrono>

namespace pgmorph::migrate {

namespace {

/// False (report refused or failed) when `script` was planned for another schema than the
/// database holds.
bool check_drift(const RunnerOptions& options, const MigrationScript& script, RunReport& report) {
  if (!options.fingerprint || options.allow_drift) return true;
  const auto header = read_from_header(script.path, script.content, report.diagnostics);
  if (!report.diagnostics.empty()) {
    report.outcome = RunOutcome::refused;
    return false;
  }
  if (!header) return true;
  const auto live = options.fingerprint(options.db_url, report.diagnostics);
  if (!live) {
    report.outcome = RunOutcome::failed;
    return false;
  }
  if (*live == header->fingerprint) return true;
  report.diagnostics.push_back(
      {schema::Severity::error, "stale-plan",
       fmt::format("stale plan: this file was planned from a schema with fingerprint {}, the "
                   "database now has {}; it changed since the plan was made. Plan again, or pass "
                   "--allow-drift to apply it anyway",
                   header->fingerprint, *live),
       schema::SourceLocation{script.path, header->line, 1, ""}});
  report.outcome = RunOutcome::refused;
  return false;
}

}  // namespace

RunReport apply_migrations(const RunnerOptions& options) {
  RunReport report;
  auto directory = load_directory(options.dir, true, true, report);
  if (!directory) return report;
  auto connections = connect(options, !options.dry_run, report);
  if (!connections) return report;
  SqlSession& work = *connections->work;
  if (!options.dry_run) {
    if (auto error = ensure_history_table(work)) {
      report.diagnostics.push_back(error_diagnostic(
          error->sqlstate, "creating pgmorph.schema_migrations: " + error->message));
      report.outcome = RunOutcome::failed;
      return report;
    }
  }
  std::vector<HistoryRow> rows;
  if (auto error = read_history(work, rows)) {
    report.diagnostics.push_back(
        error_diagnostic(error->sqlstate, "reading pgmorph.schema_migrations: " + error->message));
    report.outcome = RunOutcome::failed;
    return report;
  }
  auto history = check_history(*directory, rows, options.dir, report);
  std::string head;
  for (const HistoryRow& row : rows) {
    if (head.empty() || compare_versions(row.version, head) > 0) head = row.version;
  }
  std::vector<const MigrationFile*> pending;
  for (const MigrationFile& file : directory->files) {
    const auto row = history.find(file.version);
    if (row != history.end() && counts_as_applied(row->second.status)) continue;
    if (options.to_version && compare_versions(file.version, *options.to_version) > 0) continue;
    if (row == history.end() && !head.empty() && compare_versions(file.version, head) < 0 &&
        !options.allow_out_of_order) {
      report.diagnostics.push_back(error_diagnostic(
          "out-of-order",
          fmt::format("{}: version {} is below the applied head {}; it was never applied (a branch "
                      "merged late?). Renumber it, or pass --allow-out-of-order",
                      file.up.string(), file.version, head)));
    }
    pending.push_back(&file);
  }
  if (!report.diagnostics.empty()) {
    report.outcome = RunOutcome::refused;
    return report;
  }
  if (pending.empty()) {
    report.lines.push_back("nothing to apply: every migration is applied");
    return report;
  }
  const auto first = history.find(pending.front()->version);
  const bool resuming = first != history.end() && first->second.statements_applied > 0;
  // Only the first pending file can be compared with the database: each later one starts
  // where the one before it ends. A resumed file has changed the database already.
  if (!resuming && !check_drift(options, directory->scripts.at(pending.front()->version), report))
    return report;
  if (options.verify_rollback && !options.dry_run) {
    std::vector<const MigrationFile*> applied;
    for (const MigrationFile& file : directory->files) {
      const auto row = history.find(file.version);
      if (row != history.end() && counts_as_applied(row->second.status)) applied.push_back(&file);
    }
    if (!verify_rollback(options, applied, pending, report)) return report;
  }
  if (options.dry_run) {
    for (const MigrationFile* file : pending) {
      const MigrationScript& script = directory->scripts.at(file->version);
      report.lines.push_back(fmt::format("would apply {}_{} ({} statements)", file->version,
                                         file->name, script.statements.size()));
      for (const Unit& unit : script.units) {
        const char* mode = unit.mode == UnitMode::wrapped ? "transaction (added by pgmorph)"
                           : unit.mode == UnitMode::own_block
                               ? "transaction (the file's BEGIN..COMMIT)"
                               : "autocommit (cannot run in a transaction)";
        report.lines.push_back(fmt::format("  {}:{}: {} statement(s), {}", script.path,
                                           script.statements[unit.first].statement.location.line,
                                           unit.count, mode));
      }
    }
    report.lines.push_back(fmt::format("every statement runs with lock_timeout {} and "
                                       "statement_timeout {}; lock timeouts retried up to {} times",
                                       options.lock_timeout, options.statement_timeout,
                                       options.retries));
    return report;
  }

  UnitContext context{work, connections->lock.get(), options};
  std::vector<std::string> committed;
  for (const MigrationFile* file : pending) {
    const MigrationScript& script = directory->scripts.at(file->version);
    HistoryRow row{file->version,
                   file->name,
                   directory->up_checksum.at(file->version),
                   "running",
                   0,
                   static_cast<int>(script.statements.size()),
                   0,
                   ""};
    const auto existing = history.find(file->version);
    if (existing != history.end()) row.statements_applied = existing->second.statements_applied;
    if (row.statements_applied > 0)
      say(options, fmt::format("resuming {}_{} after statement {}/{}", file->version, file->name,
                               row.statements_applied, row.statements_total));
    else
      say(options, fmt::format("applying {}_{} ({} statements)", file->version, file->name,
                               row.statements_total));
    const auto started = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
      return static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::steady_clock::now() - started)
                                        .count());
    };
    if (script.units.empty()) {
      row.status = "applied";
      if (auto error = work.execute(upsert_history_sql(row))) {
        report.diagnostics.push_back(error_diagnostic(error->sqlstate, error->message));
        report.outcome = RunOutcome::failed;
        return report;
      }
    }
    for (const Unit& unit : script.units) {
      const int end = static_cast<int>(unit.first + unit.count);
      if (end <= row.statements_applied) continue;
      if (interrupted(options)) {
        report.outcome = RunOutcome::interrupted;
        break;
      }
      HistoryRow after = row;
      after.statements_applied = end;
      after.status = end == row.statements_total ? "applied" : "running";
      after.duration_ms = elapsed();
      if (unit.mode == UnitMode::autocommit) {
        // Intent before a statement that commits on its own: a crash leaves status running
        // at this statement, and the rerun reconciles it with the catalog.
        HistoryRow intent = row;
        intent.statements_applied = static_cast<int>(unit.first);
        if (auto error = work.execute(upsert_history_sql(intent))) {
          report.diagnostics.push_back(error_diagnostic(error->sqlstate, error->message));
          report.outcome = RunOutcome::failed;
          break;
        }
      }
      if (auto failure = run_unit(context, script, unit, upsert_history_sql(after))) {
        const bool stopped = failure->error.sqlstate == "57014" && interrupted(options);
        HistoryRow failed = row;
        failed.status = stopped ? "running" : "failed";
        failed.duration_ms = elapsed();
        work.execute(upsert_history_sql(failed));
        report.diagnostics.push_back(failure_diagnostic(*failure, script));
        report.outcome = stopped ? RunOutcome::interrupted : RunOutcome::failed;
        break;
      }
      row.statements_applied = end;
    }
    if (report.outcome != RunOutcome::done) {
      report.lines.push_back(
          fmt::format("{}_{}: {} of {} statements committed; history status {}", file->version,
                      file->name, row.statements_applied, row.statements_total,
                      report.outcome == RunOutcome::interrupted ? "running" : "failed"));
      break;
    }
    committed.push_back(fmt::format("applied {}_{} ({} statements, {} ms)", file->version,
                                    file->name, row.statements_total, elapsed()));
    say(options, committed.back());
  }
  report.lines.insert(report.lines.begin(), committed.begin(), committed.end());
  if (report.outcome != RunOutcome::done) {
    report.lines.push_back(fmt::format(
        "resume with: pgmorph apply --dir {} (same --db); committed statements are not run again",
        options.dir.string()));
  }
  return report;
}

RunReport rollback_migrations(const RunnerOptions& options) {
  RunReport report;
  auto directory = load_directory(options.dir, false, true, report);
  if (!directory) return report;
  auto connections = connect(options, true, report);
  if (!connections) return report;
  SqlSession& work = *connections->work;
  std::vector<HistoryRow> rows;
  if (auto error = read_history(work, rows)) {
    report.diagnostics.push_back(error_diagnostic(error->sqlstate, error->message));
    report.outcome = RunOutcome::failed;
    return report;
  }
  check_history(*directory, rows, options.dir, report);
  std::vector<HistoryRow> targets;
  for (auto row = rows.rbegin(); row != rows.rend(); ++row) {
    if (options.to_version ? compare_versions(row->version, *options.to_version) <= 0
                           : static_cast<int>(targets.size()) >= options.steps) {
      break;
    }
    if (!counts_as_applied(row->status)) {
      report.diagnostics.push_back(error_diagnostic(
          "rollback-partial",
          fmt::format(
              "version {} ({}) is {} ({} of {} statements); run `pgmorph apply` to finish it "
              "before rolling back",
              row->version, row->name, row->status, row->statements_applied,
              row->statements_total)));
    }
    targets.push_back(*row);
  }
  if (!report.diagnostics.empty()) {
    report.outcome = RunOutcome::refused;
    return report;
  }
  if (targets.empty()) report.lines.push_back("nothing to roll back");
  UnitContext context{work, connections->lock.get(), options};
  for (const HistoryRow& row : targets) {
    const MigrationScript& script = directory->scripts.at(row.version);
    say(options, fmt::format("rolling back {}_{} ({} statements)", row.version, row.name,
                             script.statements.size()));
    for (std::size_t u = 0; u < script.units.size(); ++u) {
      const bool last = u + 1 == script.units.size();
      if (auto failure = run_unit(context, script, script.units[u],
                                  last ? delete_history_sql(row.version) : "")) {
        report.diagnostics.push_back(failure_diagnostic(*failure, script));
        report.outcome = interrupted(options) ? RunOutcome::interrupted : RunOutcome::failed;
        report.lines.push_back(
            fmt::format("{}_{}: rollback stopped; its history row is kept", row.version, row.name));
        return report;
      }
    }
    if (script.units.empty()) work.execute(delete_history_sql(row.version));
    report.lines.push_back(fmt::format("rolled back {}_{}", row.version, row.name));
    if (interrupted(options)) {
      report.outcome = RunOutcome::interrupted;
      return report;
    }
  }
  return report;
}

}  // namespace pgmorph::migrate
