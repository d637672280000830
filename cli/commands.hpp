// The command table and the exit codes. Only cli/ knows about argv, stdout and exit codes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pgmorph::cli {

/// Process exit codes (README.md documents them).
enum ExitCode : int {
  k_exit_ok = 0,
  k_exit_user_error = 1,
  k_exit_changes = 2,  ///< with --exit-code (diff) or on drift (check)
  k_exit_unverified = 3,  ///< diff: the plan failed verification, or has hazards --fail-on-hazards refuses
  k_exit_internal = 70,
  k_exit_interrupted = 130,  ///< apply/rollback stopped by SIGINT/SIGTERM: unit rolled back, lock released, state recorded
};

/// Runs the command named by args[0] with the remaining arguments; returns the exit code.
/// Diagnostics go to stderr, scripts to the files named by the options or to stdout.
int run(const std::vector<std::string>& args);

/// The name of every command `run` dispatches to.
std::vector<std::string_view> command_names();

/// `pgmorph diff`.
int run_diff(const std::vector<std::string>& args);

/// `pgmorph plan`: the next migration of a migration directory (docs/plan.md).
int run_plan(const std::vector<std::string>& args);

/// `pgmorph dump`: one source as canonical SQL or a JSON snapshot.
int run_dump(const std::vector<std::string>& args);

/// `pgmorph check`: exit 0 when two sources match, 2 (plan on stdout) when they drifted.
int run_check(const std::vector<std::string>& args);

/// `pgmorph lint`: exit 1 when an error-severity finding or a syntax error remains.
int run_lint(const std::vector<std::string>& args);

/// `pgmorph apply`: pending versioned migrations of a directory (docs/migrations.md).
int run_apply(const std::vector<std::string>& args);
/// `pgmorph rollback`: the down files of the last applied migrations.
int run_rollback(const std::vector<std::string>& args);
/// `pgmorph status`: exit 2 when something is pending, 1 when a file was modified or is missing.
int run_status(const std::vector<std::string>& args);
/// `pgmorph rehash`: rewrites pgmorph.sum.
int run_rehash(const std::vector<std::string>& args);
/// `pgmorph baseline`: records migrations up to a version as applied without running them.
int run_baseline(const std::vector<std::string>& args);
/// `pgmorph repair`: removes failed rows with nothing committed; realigns checksums on request.
int run_repair(const std::vector<std::string>& args);

}  // namespace pgmorph::cli
