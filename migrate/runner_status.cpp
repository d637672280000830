// `pgmorph status` and `pgmorph rehash`.
#include "migrate/runner.hpp"
#include "migrate/runner_setup.hpp"

#include <fmt/format.h>

namespace pgmorph::migrate {

namespace fs = std::filesystem;

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
      state = counts_as_applied(r.status) ? r.status + " " + r.applied_at
                                    : fmt::format("{} ({} of {} statements)", r.status,
                                                  r.statements_applied, r.statements_total);
      if (r.checksum != directory->up_checksum.at(file.version) &&
          (counts_as_applied(r.status) || r.statements_applied > 0)) {
        state = fmt::format("modified (history h1:{}, file h1:{})", r.checksum,
                            directory->up_checksum.at(file.version));
        broken = true;
      } else if (!counts_as_applied(r.status)) {
        pending = true;
      }
      by_version.erase(row);
    } else {
      pending = true;
    }
    report.lines.push_back(fmt::format("{:<16} {:<32} {}", file.version, file.name, state));
  }
  for (const auto& [version, row] : by_version) {
    report.lines.push_back(fmt::format("{:<16} {:<32} missing (recorded as {}, no file)", version,
                                       row.name, row.status));
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
      if (found == old_files.end())
        report.lines.push_back("added    " + name);
      else if (found->second != checksum)
        report.lines.push_back("changed  " + name);
      if (found != old_files.end()) old_files.erase(found);
    }
    for (const auto& entry : old_files) report.lines.push_back("removed  " + entry.first);
    report.lines.push_back(
        fmt::format("wrote {} ({} files)", (dir / "pgmorph.sum").string(), after.files.size()));
  } catch (const schema::DiagnosticError& e) {
    report.diagnostics = e.diagnostics();
    report.outcome = RunOutcome::refused;
  }
  return report;
}

}  // namespace pgmorph::migrate
