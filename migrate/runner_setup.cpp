#include "migrate/runner_setup.hpp"

#include "migrate/advisory_lock.hpp"
#include "schema/names.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace pgmorph::migrate {

namespace fs = std::filesystem;

schema::Diagnostic error_diagnostic(std::string code, std::string message) {
  return schema::Diagnostic{schema::Severity::error, std::move(code), std::move(message),
                            std::nullopt};
}

std::optional<Directory> load_directory(const fs::path& dir, bool up, bool check_scripts,
                                        RunReport& report) {
  Directory loaded;
  try {
    const auto recorded = read_sum(dir);
    const SumFile actual = compute_sum(dir);
    // A directory without any migration yet has nothing to protect: no sum is needed.
    if (!recorded && !actual.files.empty()) {
      report.diagnostics.push_back(error_diagnostic(
          "sum-missing",
          fmt::format("{}: no pgmorph.sum; review the files, then run `pgmorph rehash --dir {}`",
                      dir.string(), dir.string())));
    } else if (recorded) {
      std::map<std::string, std::string> want(recorded->files.begin(), recorded->files.end());
      std::map<std::string, std::string> have(actual.files.begin(), actual.files.end());
      for (const auto& [name, checksum] : want) {
        const auto found = have.find(name);
        if (found == have.end()) {
          report.diagnostics.push_back(error_diagnostic(
              "sum-file-missing",
              fmt::format("{}: listed in pgmorph.sum but missing (deleted or renamed)",
                          (dir / name).string())));
        } else if (found->second != checksum) {
          report.diagnostics.push_back(error_diagnostic(
              "sum-file-modified",
              fmt::format(
                  "{}: modified since pgmorph.sum was written (now h1:{}, pgmorph.sum has h1:{}); "
                  "review the change, then run `pgmorph rehash --dir {}`",
                  (dir / name).string(), found->second, checksum, dir.string())));
        }
      }
      for (const auto& [name, checksum] : have) {
        if (!want.contains(name)) {
          report.diagnostics.push_back(error_diagnostic(
              "sum-file-unlisted",
              fmt::format("{}: not in pgmorph.sum (added or renamed); review it, then run "
                          "`pgmorph rehash --dir {}`",
                          (dir / name).string(), dir.string())));
        }
      }
    }
  } catch (const schema::DiagnosticError& e) {
    report.diagnostics.insert(report.diagnostics.end(), e.diagnostics().begin(),
                              e.diagnostics().end());
  }
  try {
    loaded.files = list_migrations(dir);
    for (const MigrationFile& file : loaded.files) {
      const std::string up_bytes = read_file_bytes(file.up);
      loaded.up_checksum[file.version] = content_checksum(up_bytes);
      if (!check_scripts) continue;
      const fs::path& path = up ? file.up : file.down;
      auto script =
          check_script(path.string(), up ? up_bytes : read_file_bytes(path), report.diagnostics);
      if (script) loaded.scripts.emplace(file.version, std::move(*script));
    }
  } catch (const schema::DiagnosticError& e) {
    report.diagnostics.insert(report.diagnostics.end(), e.diagnostics().begin(),
                              e.diagnostics().end());
  }
  if (!report.diagnostics.empty()) {
    report.outcome = RunOutcome::refused;
    return std::nullopt;
  }
  return loaded;
}

Connections::~Connections() {
  if (locked) release_lock(*lock);
}

bool interrupted(const RunnerOptions& options) {
  return options.interrupted != nullptr && options.interrupted->load();
}

void say(const RunnerOptions& options, const std::string& line) {
  if (options.progress) options.progress(line);
}

std::unique_ptr<Connections> connect(const RunnerOptions& options, bool take_lock,
                                     RunReport& report) {
  auto c = std::make_unique<Connections>();
  c->work = std::make_unique<SqlSession>(options.db_url, report.diagnostics);
  if (!c->work->ok()) {
    report.outcome = RunOutcome::refused;
    return nullptr;
  }
  const std::string settings = fmt::format(
      "SET application_name = 'pgmorph'; SET lock_timeout = {}; SET statement_timeout = {}",
      schema::quote_literal(options.lock_timeout),
      schema::quote_literal(options.statement_timeout));
  if (auto error = c->work->execute(settings)) {
    report.diagnostics.push_back(
        error_diagnostic("bad-timeout", "--lock-timeout / --statement-timeout: " + error->message));
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
  if (auto failure = acquire_lock(*c->lock, options.lock_wait_seconds,
                                  options.interrupted ? *options.interrupted : never,
                                  [&](const std::string& line) { say(options, line); })) {
    report.diagnostics.push_back(error_diagnostic("lock-wait", *failure));
    report.outcome = interrupted(options) ? RunOutcome::interrupted : RunOutcome::failed;
    return nullptr;
  }
  c->locked = true;
  return c;
}

std::map<std::string, HistoryRow> check_history(const Directory& directory,
                                                const std::vector<HistoryRow>& rows,
                                                const fs::path& dir, RunReport& report) {
  std::map<std::string, HistoryRow> by_version;
  for (const HistoryRow& row : rows) by_version.emplace(row.version, row);
  for (const HistoryRow& row : rows) {
    const auto checksum = directory.up_checksum.find(row.version);
    if (checksum == directory.up_checksum.end()) {
      report.diagnostics.push_back(error_diagnostic(
          "history-file-missing",
          fmt::format("version {} ({}) is recorded as {} but {} has no file for it", row.version,
                      row.name, row.status, dir.string())));
    } else if (checksum->second != row.checksum &&
               (counts_as_applied(row.status) || row.statements_applied > 0)) {
      report.diagnostics.push_back(error_diagnostic(
          "history-checksum-mismatch",
          fmt::format(
              "{}_{}.up.sql was edited after it was applied: history has h1:{}, the file has h1:{}",
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
  d.location = locate_in_statement(failure.statement.statement, std::max(failure.error.position, 1),
                                   script.content);
  return d;
}

}  // namespace pgmorph::migrate
