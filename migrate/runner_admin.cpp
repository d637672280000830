// `pgmorph baseline` and `pgmorph repair`: the two commands that write the history table
// without running a migration. Both print every row they write or delete.
#include "migrate/runner.hpp"
#include "migrate/runner_setup.hpp"
#include "schema/names.hpp"

#include <fmt/format.h>

namespace pgmorph::migrate {

namespace {

/// The history rows, or empty with the report failed.
std::optional<std::vector<HistoryRow>> history_rows(SqlSession& work, RunReport& report) {
  std::vector<HistoryRow> rows;
  if (auto error = read_history(work, rows)) {
    report.diagnostics.push_back(
        error_diagnostic(error->sqlstate, "reading pgmorph.schema_migrations: " + error->message));
    report.outcome = RunOutcome::failed;
    return std::nullopt;
  }
  return rows;
}

/// Runs `statements` as one transaction (simple query protocol); false with the report
/// failed when the server refuses any.
bool write_all(SqlSession& work, const std::vector<std::string>& statements, RunReport& report) {
  if (statements.empty()) return true;
  std::string sql = "BEGIN;\n";
  for (const std::string& statement : statements) sql += statement + ";\n";
  sql += "COMMIT";
  if (auto error = work.execute(sql)) {
    work.execute("ROLLBACK");
    report.diagnostics.push_back(error_diagnostic(
        error->sqlstate, "writing pgmorph.schema_migrations: " + error->message));
    report.outcome = RunOutcome::failed;
    report.lines.clear();
    report.lines.push_back("nothing changed");
    return false;
  }
  return true;
}

}  // namespace

RunReport baseline_history(const RunnerOptions& options) {
  RunReport report;
  auto directory = load_directory(options.dir, true, true, report);
  if (!directory) return report;
  const std::string& target = options.to_version.value();
  bool found = false;
  for (const MigrationFile& file : directory->files)
    found = found || compare_versions(file.version, target) == 0;
  if (!found) {
    report.diagnostics.push_back(error_diagnostic(
        "baseline-version",
        fmt::format("{}: no migration has version {}", options.dir.string(), target)));
    report.outcome = RunOutcome::refused;
    return report;
  }
  auto connections = connect(options, true, report);
  if (!connections) return report;
  SqlSession& work = *connections->work;
  if (auto error = ensure_history_table(work)) {
    report.diagnostics.push_back(error_diagnostic(
        error->sqlstate, "creating pgmorph.schema_migrations: " + error->message));
    report.outcome = RunOutcome::failed;
    return report;
  }
  const auto rows = history_rows(work, report);
  if (!rows) return report;
  if (!rows->empty()) {
    report.diagnostics.push_back(error_diagnostic(
        "baseline-not-empty",
        fmt::format("pgmorph.schema_migrations already has {} row(s) (highest {}); baseline is "
                    "for a database with no history",
                    rows->size(), rows->back().version)));
    report.outcome = RunOutcome::refused;
    return report;
  }
  std::vector<std::string> statements;
  for (const MigrationFile& file : directory->files) {
    if (compare_versions(file.version, target) > 0) break;
    const int total = static_cast<int>(directory->scripts.at(file.version).statements.size());
    statements.push_back(upsert_history_sql(HistoryRow{file.version, file.name,
                                                       directory->up_checksum.at(file.version),
                                                       "baseline", total, total, 0, ""}));
    report.lines.push_back(
        fmt::format("baseline {}_{} (recorded as applied, not run)", file.version, file.name));
  }
  write_all(work, statements, report);
  return report;
}

RunReport repair_history(const RunnerOptions& options, bool accept_checksums) {
  RunReport report;
  auto directory = load_directory(options.dir, true, false, report);
  if (!directory) return report;
  auto connections = connect(options, true, report);
  if (!connections) return report;
  SqlSession& work = *connections->work;
  const auto rows = history_rows(work, report);
  if (!rows) return report;
  std::vector<std::string> statements;
  bool left = false;
  for (const HistoryRow& row : *rows) {
    const std::string label = row.version + "_" + row.name;
    if (!counts_as_applied(row.status)) {
      if (row.statements_applied == 0) {
        statements.push_back(delete_history_sql(row.version));
        report.lines.push_back(fmt::format("removed {}: {} with 0 of {} statements committed",
                                           label, row.status, row.statements_total));
      } else {
        report.lines.push_back(fmt::format(
            "kept    {}: {} with {} of {} statements committed; finish it with `pgmorph apply`",
            label, row.status, row.statements_applied, row.statements_total));
      }
      continue;
    }
    const auto file = directory->up_checksum.find(row.version);
    if (file == directory->up_checksum.end() || file->second == row.checksum) continue;
    if (accept_checksums) {
      statements.push_back(fmt::format(
          "UPDATE pgmorph.schema_migrations SET checksum = {} WHERE version = {}",
          schema::quote_literal(file->second), schema::quote_literal(row.version)));
      report.lines.push_back(
          fmt::format("checksum {}: h1:{} -> h1:{}", label, row.checksum, file->second));
    } else {
      left = true;
      report.lines.push_back(fmt::format(
          "differs {}: history h1:{}, file h1:{}; pass --accept-checksums to record the file's",
          label, row.checksum, file->second));
    }
  }
  if (!write_all(work, statements, report)) return report;
  if (statements.empty() && !left) report.lines.push_back("nothing to repair");
  if (left) report.outcome = RunOutcome::refused;
  return report;
}

}  // namespace pgmorph::migrate
