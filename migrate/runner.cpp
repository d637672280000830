#include "migrate/runner.hpp"

#include "migrate/advisory_lock.hpp"
#include "migrate/plan_checks.hpp"
#include "migrate/unit_exec.hpp"
#include "schema/names.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>

#include <fmt/format.h>

namespace pgmorph::migrate {

namespace fs = std::filesystem;

namespace {

schema::Diagnostic error_diagnostic(std::string code, std::string message) {
  return schema::Diagnostic{schema::Severity::error, std::move(code), std::move(message), std::nullopt};
}

/// The directory read and checked: migrations, up checksums, and (for the direction that
/// will run) every script split and checked. Problems go to `report.diagnostics`.
struct Directory {
  std::vector<MigrationFile> files;
  std::map<std::string, std::string> up_checksum;     // version -> checksum of the up file
  std::map<std::string, MigrationScript> scripts;     // version -> checked up or down script
};

std::optional<Directory> load_directory(const fs::path& dir, bool up, bool check_scripts, RunReport& report) {
  Directory loaded;
  try {
    const auto recorded = read_sum(dir);
    const SumFile actual = compute_sum(dir);
    if (!recorded) {
      report.diagnostics.push_back(error_diagnostic(
          "sum-missing", fmt::format("{}: no pgmorph.sum; review the files, then run `pgmorph rehash --dir {}`",
                                     dir.string(), dir.string())));
    } else {
      std::map<std::string, std::string> want(recorded->files.begin(), recorded->files.end());
      std::map<std::string, std::string> have(actual.files.begin(), actual.files.end());
      for (const auto& [name, checksum] : want) {
        const auto found = have.find(name);
        if (found == have.end()) {
          report.diagnostics.push_back(error_diagnostic(
              "sum-file-missing", fmt::format("{}: listed in pgmorph.sum but missing (deleted or renamed)",
                                              (dir / name).string())));
        } else if (found->second != checksum) {
          report.diagnostics.push_back(error_diagnostic(
              "sum-file-modified",
              fmt::format("{}: modified since pgmorph.sum was written (now h1:{}, pgmorph.sum has h1:{}); "
                          "review the change, then run `pgmorph rehash --dir {}`",
                          (dir / name).string(), found->second, checksum, dir.string())));
        }
      }
      for (const auto& [name, checksum] : have) {
        if (!want.contains(name)) {
          report.diagnostics.push_back(error_diagnostic(
              "sum-file-unlisted", fmt::format("{}: not in pgmorph.sum (added or renamed); review it, then run "
                                               "`pgmorph rehash --dir {}`",
                                               (dir / name).string(), dir.string())));
        }
      }
    }
  } catch (const schema::DiagnosticError& e) {
    report.diagnostics.insert(report.diagnostics.end(), e.diagnostics().begin(), e.diagnostics().end());
  }
  try {
    loaded.files = list_migrations(dir);
    for (const MigrationFile& file : loaded.files) {
      const std::string up_bytes = read_file_bytes(file.up);
      loaded.up_checksum[file.version] = content_checksum(up_bytes);
      if (!check_scripts) continue;
      const fs::path& path = up ? file.up : file.down;
      auto script = check_script(path.string(), up ? up_bytes : read_file_bytes(path), report.diagnostics);
      if (script) loaded.scripts.emplace(file.version, std::move(*script));
    }
  } catch (const schema::DiagnosticError& e) {
    report.diagnostics.insert(report.diagnostics.end(), e.diagnostics().begin(), e.diagnostics().end());
  }
  if (!report.diagnostics.empty()) {
    report.outcome = RunOutcome::refused;
    return std::nullopt;
  }
  return loaded;
}

/// The two connections: `lock` holds the advisory lock (and watches for blockers), `work`
/// runs the migrations with the timeouts set.
struct Connections {
  std::unique_ptr<SqlSession> lock;
  std::unique_ptr<SqlSession> work;
  bool locked = false;
  ~Connections() {
    if (locked) release_lock(*lock);
  }
};

bool interrupted(const RunnerOptions& options) { return options.interrupted != nullptr && options.interrupted->load(); }

void say(const RunnerOptions& options, const std::string& line) {
  if (options.progress) options.progress(line);
}

std::unique_ptr<Connections> connect(const RunnerOptions& options, bool take_lock, RunReport& report) {
  auto c = std::make_unique<Connections>();
  c->work = std::make_unique<SqlSession>(options.db_url, report.diagnostics);
  if (!c->work->ok()) {
    report.outcome = RunOutcome::refused;
    return nullptr;
  }
  const std::string settings = fmt::format("SET application_name = 'pgmorph'; SET lock_timeout = {}; SET statement_timeout = {}",
                                           schema::quote_literal(options.lock_timeout),
                                           schema::quote_literal(options.statement_timeout));
  if (auto error = c->work->execute(settings)) {
    report.diagnostics.push_back(error_diagnostic("bad-timeout", "--lock-timeout / --statement-timeout: " + error->message));
    report.outcome = RunOutcome::refused;
    return nullptr;
  }
  if (!take_lock) return c;
  c->lock = std::make_unique<SqlSession>(options.db_url, report.diagnostics);
  if (!c->lock->ok()) {
    report.outcome = RunOutcome::refused;
    return nullptr;
  }
  c->lock->execute("SET application_name = 'pgmorph lock'; SET statement_timeout = 0");
  static const std::atomic<bool> never{false};
  if (auto failure = acquire_lock(*c->lock, options.lock_wait_seconds, options.interrupted ? *options.interrupted : never,
                                  [&](const std::string& line) { say(options, line); })) {
    report.diagnostics.push_back(error_diagnostic("lock-wait", *failure));
    report.outcome = interrupted(options) ? RunOutcome::interrupted : RunOutcome::failed;
    return nullptr;
  }
  c->locked = true;
  return c;
}

/// History rows whose file is edited or gone; the rows by version.
std::map<std::string, HistoryRow> check_history(const Directory& directory, const std::vector<HistoryRow>& rows,
                                                const fs::path& dir, RunReport& report) {
  std::map<std::string, HistoryRow> by_version;
  for (const HistoryRow& row : rows) by_version.emplace(row.version, row);
  for (const HistoryRow& row : rows) {
    const auto checksum = directory.up_checksum.find(row.version);
    if (checksum == directory.up_checksum.end()) {
      report.diagnostics.push_back(error_diagnostic(
          "history-file-missing", fmt::format("version {} ({}) is recorded as {} but {} has no file for it", row.version,
                                              row.name, row.status, dir.string())));
    } else if (checksum->second != row.checksum && (row.status == "applied" || row.statements_applied > 0)) {
      report.diagnostics.push_back(error_diagnostic(
          "history-checksum-mismatch",
          fmt::format("{}_{}.up.sql was edited after it was applied: history has h1:{}, the file has h1:{}",
                      row.version, row.name, row.checksum, checksum->second)));
    }
  }
  return by_version;
}

schema::Diagnostic failure_diagnostic(const UnitFailure& failure, const MigrationScript& script) {
  schema::Diagnostic d;
  d.code = failure.error.sqlstate;
  d.message = failure.error.message;
  if (!failure.error.detail.empty()) d.message += "\n  DETAIL: " + failure.error.detail;
  if (!failure.error.hint.empty()) d.message += "\n  HINT: " + failure.error.hint;
  if (!failure.blockers.empty()) d.message += "\n  blocked by " + failure.blockers;
  if (failure.attempts > 1) d.message += fmt::format("\n  after {} attempts", failure.attempts);
  d.location = locate_in_statement(failure.statement.statement, std::max(failure.error.position, 1), script.content);
  return d;
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
      report.diagnostics.push_back(error_diagnostic(error->sqlstate, "creating pgmorph.schema_migrations: " + error->message));
      report.outcome = RunOutcome::failed;
      return report;
    }
  }
  std::vector<HistoryRow> rows;
  if (auto error = read_history(work, rows)) {
    report.diagnostics.push_back(error_diagnostic(error->sqlstate, "reading pgmorph.schema_migrations: " + error->message));
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
    if (row != history.end() && row->second.status == "applied") continue;
    if (options.to_version && compare_versions(file.version, *options.to_version) > 0) continue;
    if (row == history.end() && !head.empty() && compare_versions(file.version, head) < 0 && !options.allow_out_of_order) {
      report.diagnostics.push_back(error_diagnostic(
          "out-of-order", fmt::format("{}: version {} is below the applied head {}; it was never applied (a branch "
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
  if (options.dry_run) {
    for (const MigrationFile* file : pending) {
      const MigrationScript& script = directory->scripts.at(file->version);
      report.lines.push_back(fmt::format("would apply {}_{} ({} statements)", file->version, file->name, script.statements.size()));
      for (const Unit& unit : script.units) {
        const char* mode = unit.mode == UnitMode::wrapped ? "transaction (added by pgmorph)"
                           : unit.mode == UnitMode::own_block ? "transaction (the file's BEGIN..COMMIT)"
                                                              : "autocommit (cannot run in a transaction)";
        report.lines.push_back(fmt::format("  {}:{}: {} statement(s), {}", script.path,
                                           script.statements[unit.first].statement.location.line, unit.count, mode));
      }
    }
    report.lines.push_back(fmt::format("every statement runs with lock_timeout {} and statement_timeout {}; lock timeouts retried up to {} times",
                                       options.lock_timeout, options.statement_timeout, options.retries));
    return report;
  }

  UnitContext context{work, connections->lock.get(), options};
  std::vector<std::string> committed;
  for (const MigrationFile* file : pending) {
    const MigrationScript& script = directory->scripts.at(file->version);
    HistoryRow row{file->version, file->name, directory->up_checksum.at(file->version), "running", 0,
                   static_cast<int>(script.statements.size()), 0, ""};
    const auto existing = history.find(file->version);
    if (existing != history.end()) row.statements_applied = existing->second.statements_applied;
    if (row.statements_applied > 0) say(options, fmt::format("resuming {}_{} after statement {}/{}", file->version, file->name, row.statements_applied, row.statements_total));
    else say(options, fmt::format("applying {}_{} ({} statements)", file->version, file->name, row.statements_total));
    const auto started = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
      return static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count());
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
      report.lines.push_back(fmt::format("{}_{}: {} of {} statements committed; history status {}", file->version,
                                         file->name, row.statements_applied, row.statements_total,
                                         report.outcome == RunOutcome::interrupted ? "running" : "failed"));
      break;
    }
    committed.push_back(fmt::format("applied {}_{} ({} statements, {} ms)", file->version, file->name, row.statements_total, elapsed()));
    say(options, committed.back());
  }
  report.lines.insert(report.lines.begin(), committed.begin(), committed.end());
  if (report.outcome != RunOutcome::done) {
    report.lines.push_back(fmt::format("resume with: pgmorph apply --dir {} (same --db); committed statements are not run again",
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
    if (row->status != "applied") {
      report.diagnostics.push_back(error_diagnostic(
          "rollback-partial", fmt::format("version {} ({}) is {} ({} of {} statements); run `pgmorph apply` to finish it "
                                          "before rolling back",
                                          row->version, row->name, row->status, row->statements_applied, row->statements_total)));
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
    say(options, fmt::format("rolling back {}_{} ({} statements)", row.version, row.name, script.statements.size()));
    for (std::size_t u = 0; u < script.units.size(); ++u) {
      const bool last = u + 1 == script.units.size();
      if (auto failure = run_unit(context, script, script.units[u], last ? delete_history_sql(row.version) : "")) {
        report.diagnostics.push_back(failure_diagnostic(*failure, script));
        report.outcome = interrupted(options) ? RunOutcome::interrupted : RunOutcome::failed;
        report.lines.push_back(fmt::format("{}_{}: rollback stopped; its history row is kept", row.version, row.name));
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

RunReport migration_status(const RunnerOptions& options) {
  RunReport report;
  auto directory = load_directory(options.dir, true, false, report);
  if (!directory) return report;
  auto connections = connect(options, false, report);
  if (!connections) return report;
  std::vector<HistoryRow> rows;
  if (auto error = read_history(*connections->work, rows)) {
    report.diagnostics.push_back(error_diagnostic(error->sqlstate, error->message));
    report.outcome = RunOutcome::failed;
    return report;
  }
  std::map<std::string, HistoryRow> by_version;
  for (const HistoryRow& row : rows) by_version.emplace(row.version, row);
  bool pending = false;
  bool broken = false;
  for (const MigrationFile& file : directory->files) {
    const auto row = by_version.find(file.version);
    std::string state = "pending";
    if (row != by_version.end()) {
      const HistoryRow& r = row->second;
      state = r.status == "applied" ? "applied " + r.applied_at
                                    : fmt::format("{} ({} of {} statements)", r.status, r.statements_applied, r.statements_total);
      if (r.checksum != directory->up_checksum.at(file.version) && (r.status == "applied" || r.statements_applied > 0)) {
        state = fmt::format("modified (history h1:{}, file h1:{})", r.checksum, directory->up_checksum.at(file.version));
        broken = true;
      } else if (r.status != "applied") {
        pending = true;
      }
      by_version.erase(row);
    } else {
      pending = true;
    }
    report.lines.push_back(fmt::format("{:<16} {:<32} {}", file.version, file.name, state));
  }
  for (const auto& [version, row] : by_version) {
    report.lines.push_back(fmt::format("{:<16} {:<32} missing (recorded as {}, no file)", version, row.name, row.status));
    broken = true;
  }
  report.outcome = broken ? RunOutcome::refused : pending ? RunOutcome::pending : RunOutcome::done;
  return report;
}

RunReport rehash_directory(const fs::path& dir) {
  RunReport report;
  try {
    std::optional<SumFile> before;
    try {
      before = read_sum(dir);
    } catch (const schema::DiagnosticError&) {
      report.lines.push_back("pgmorph.sum was malformed; rewriting it");
    }
    list_migrations(dir);
    write_sum(dir);
    const SumFile after = compute_sum(dir);
    std::map<std::string, std::string> old_files;
    if (before) old_files.insert(before->files.begin(), before->files.end());
    for (const auto& [name, checksum] : after.files) {
      const auto found = old_files.find(name);
      if (found == old_files.end()) report.lines.push_back("added    " + name);
      else if (found->second != checksum) report.lines.push_back("changed  " + name);
      if (found != old_files.end()) old_files.erase(found);
    }
    for (const auto& entry : old_files) report.lines.push_back("removed  " + entry.first);
    report.lines.push_back(fmt::format("wrote {} ({} files)", (dir / "pgmorph.sum").string(), after.files.size()));
  } catch (const schema::DiagnosticError& e) {
    report.diagnostics = e.diagnostics();
    report.outcome = RunOutcome::refused;
  }
  return report;
}

}  // namespace pgmorph::migrate
