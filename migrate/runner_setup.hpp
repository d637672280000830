// What apply, rollback and status share: the directory read and checked before connecting,
// the two connections (lock and work), the history compared with the files, and a failed
// statement turned into a diagnostic at file:line:col. Internal to the runner.
#pragma once

#include "migrate/plan_checks.hpp"
#include "migrate/runner.hpp"
#include "migrate/sql_session.hpp"
#include "migrate/unit_exec.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace pgmorph::migrate {

schema::Diagnostic error_diagnostic(std::string code, std::string message);

/// The directory read and checked: migrations, up checksums, and (for the direction that
/// will run) every script split and checked.
struct Directory {
  std::vector<MigrationFile> files;
  std::map<std::string, std::string> up_checksum;  ///< version -> checksum of the up file
  std::map<std::string, MigrationScript> scripts;  ///< version -> checked up or down script
};

/// Reads `dir`, checks pgmorph.sum and the file names, and when `check_scripts` splits and
/// checks every up (or down) file. Problems go to report.diagnostics (outcome refused), and
/// the result is empty.
std::optional<Directory> load_directory(const std::filesystem::path& dir, bool up,
                                        bool check_scripts, RunReport& report);

/// The two connections: `lock` holds the advisory lock (and watches for blockers), `work`
/// runs the migrations with the timeouts set. The lock is released on destruction.
struct Connections {
  std::unique_ptr<SqlSession> lock;
  std::unique_ptr<SqlSession> work;
  bool locked = false;
  ~Connections();
};

/// Connects (and with `take_lock` waits for the lock); null with report filled on failure.
std::unique_ptr<Connections> connect(const RunnerOptions& options, bool take_lock,
                                     RunReport& report);

bool interrupted(const RunnerOptions& options);
void say(const RunnerOptions& options, const std::string& line);

/// The rows by version; a row whose file is gone, or whose checksum differs from an applied
/// or partly applied file, is a diagnostic.
std::map<std::string, HistoryRow> check_history(const Directory& directory,
                                                const std::vector<HistoryRow>& rows,
                                                const std::filesystem::path& dir,
                                                RunReport& report);

/// A failed statement as `file:line:col: error[SQLSTATE]: message` with DETAIL, HINT and blockers.
schema::Diagnostic failure_diagnostic(const UnitFailure& failure, const MigrationScript& script);

}  // namespace pgmorph::migrate
