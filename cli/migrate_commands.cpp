// `pgmorph apply | rollback | status | rehash`: options, signals and exit codes around the
// runner in migrate/runner.hpp.
#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "cli/plan_dir.hpp"
#include "cli/sources.hpp"
#include "migrate/runner.hpp"

#include <fmt/format.h>

#include <atomic>
#include <csignal>
#include <cstdlib>

namespace pgmorph::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void on_signal(int /*signal*/) {
  g_interrupted.store(true);
}

/// SIGINT and SIGTERM only set a flag: the runner finishes or rolls back the statement in
/// progress, records it and releases the lock before exiting with k_exit_interrupted.
void install_signal_handlers() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool parse_number(const std::optional<std::string>& text, double& out) {
  if (!text) return true;
  char* end = nullptr;
  out = std::strtod(text->c_str(), &end);
  return end != text->c_str() && *end == '\0' && out >= 0;
}

int finish(const std::string& command, const migrate::RunReport& report) {
  for (const std::string& line : report.lines) fmt::print("{}\n", line);
  print_diagnostics(report.diagnostics);
  switch (report.outcome) {
  case migrate::RunOutcome::done:
    return k_exit_ok;
  case migrate::RunOutcome::pending:
    return k_exit_changes;
  case migrate::RunOutcome::interrupted:
    fmt::print(stderr, "pgmorph {}: interrupted; the lock is released and the state recorded\n",
               command);
    return k_exit_interrupted;
  case migrate::RunOutcome::refused:
  case migrate::RunOutcome::failed:
    return k_exit_user_error;
  }
  return k_exit_user_error;
}

int run_runner(const std::string& command, const std::vector<std::string>& args) {
  std::string error;
  const auto options = parse_options(args,
                                     {{"--db", "--dir", "--to", "--steps", "--lock-wait",
                                       "--lock-timeout", "--statement-timeout", "--retries",
                                       "--dev-url"},
                                      {"--dry-run", "--allow-out-of-order", "--allow-drift",
                                       "--verify-rollback"},
                                      {}},
                                     error);
  const auto fail = [&](const std::string& message) {
    fmt::print(stderr, "pgmorph {}: error: {}\n", command, message);
    return k_exit_user_error;
  };
  if (!options) return fail(error);
  migrate::RunnerOptions run;
  const char* env_url = std::getenv("PGMORPH_DB_URL");
  const auto db = options->get("--db");
  if (db)
    run.db_url = *db;
  else if (env_url != nullptr)
    run.db_url = env_url;
  const auto dir = options->get("--dir");
  if (!dir || run.db_url.empty() || !options->positional.empty()) {
    return fail(fmt::format("usage: pgmorph {} --db URL --dir DIR (see pgmorph --help); --db "
                            "defaults to PGMORPH_DB_URL",
                            command));
  }
  run.dir = *dir;
  run.to_version = options->get("--to");
  if (run.to_version && (run.to_version->empty() ||
                         run.to_version->find_first_not_of("0123456789") != std::string::npos)) {
    return fail("--to takes a version (digits only)");
  }
  const bool is_apply = command == "apply";
  const bool is_rollback = command == "rollback";
  if ((options->has("--dry-run") || options->has("--allow-out-of-order")) && !is_apply)
    return fail("--dry-run and --allow-out-of-order are for apply");
  if ((options->has("--allow-drift") || options->has("--verify-rollback") ||
       options->get("--dev-url")) &&
      !is_apply)
    return fail("--allow-drift, --verify-rollback and --dev-url are for apply");
  if (options->get("--steps") && !is_rollback) return fail("--steps is for rollback");
  if (options->get("--steps") && run.to_version) return fail("give --steps or --to, not both");
  if (command == "status" && run.to_version) return fail("--to is for apply and rollback");
  run.dry_run = options->has("--dry-run");
  run.allow_out_of_order = options->has("--allow-out-of-order");
  run.allow_drift = options->has("--allow-drift");
  run.verify_rollback = options->has("--verify-rollback");
  run.dev_url = migrate::dev_server_url(options->get("--dev-url"));
  if (run.verify_rollback && !run.dev_url)
    return fail("--verify-rollback needs a scratch server: --dev-url URL or PGMORPH_DEV_URL");
  if (run.verify_rollback && run.dry_run) return fail("give --verify-rollback or --dry-run, not both");
  run.fingerprint = source_fingerprint;
  double number = 0;
  if (const auto steps = options->get("--steps")) {
    if (!parse_number(steps, number) || number < 1 || number != static_cast<int>(number))
      return fail("--steps takes a whole number >= 1");
    run.steps = static_cast<int>(number);
  }
  if (!parse_number(options->get("--lock-wait"), run.lock_wait_seconds))
    return fail("--lock-wait takes seconds (a number >= 0)");
  if (const auto retries = options->get("--retries")) {
    if (!parse_number(retries, number) || number != static_cast<int>(number))
      return fail("--retries takes a whole number >= 0");
    run.retries = static_cast<int>(number);
  }
  if (const auto value = options->get("--lock-timeout")) run.lock_timeout = *value;
  if (const auto value = options->get("--statement-timeout")) run.statement_timeout = *value;
  install_signal_handlers();
  run.interrupted = &g_interrupted;
  run.progress = [&](const std::string& line) { fmt::print(stderr, "{}\n", line); };
  if (is_apply) return finish(command, migrate::apply_migrations(run));
  if (is_rollback) return finish(command, migrate::rollback_migrations(run));
  return finish(command, migrate::migration_status(run));
}

/// The database URL of --db or PGMORPH_DB_URL; "" when neither is given.
std::string db_url(const ParsedOptions& options) {
  if (const auto db = options.get("--db")) return *db;
  const char* env_url = std::getenv("PGMORPH_DB_URL");
  return env_url != nullptr ? env_url : "";
}

}  // namespace

int run_apply(const std::vector<std::string>& args) {
  return run_runner("apply", args);
}
int run_rollback(const std::vector<std::string>& args) {
  return run_runner("rollback", args);
}
int run_status(const std::vector<std::string>& args) {
  return run_runner("status", args);
}

int run_rehash(const std::vector<std::string>& args) {
  std::string error;
  const auto options = parse_options(args, {{"--dir"}, {}, {}}, error);
  if (!options || !options->get("--dir") || !options->positional.empty()) {
    fmt::print(stderr, "pgmorph rehash: error: {}\n",
               options ? "usage: pgmorph rehash --dir DIR" : error);
    return k_exit_user_error;
  }
  return finish("rehash", migrate::rehash_directory(*options->get("--dir")));
}

int run_baseline(const std::vector<std::string>& args) {
  std::string error;
  const auto options = parse_options(args, {{"--db", "--dir", "--version", "--lock-wait"}, {}, {}}, error);
  migrate::RunnerOptions run;
  if (options) {
    run.db_url = db_url(*options);
    run.to_version = options->get("--version");
  }
  if (!options || !options->get("--dir") || run.db_url.empty() || !run.to_version ||
      !options->positional.empty()) {
    fmt::print(stderr, "pgmorph baseline: error: {}\n",
               options ? "usage: pgmorph baseline --db URL --dir DIR --version V" : error);
    return k_exit_user_error;
  }
  if (run.to_version->empty() || run.to_version->find_first_not_of("0123456789") != std::string::npos) {
    fmt::print(stderr, "pgmorph baseline: error: --version takes a version (digits only)\n");
    return k_exit_user_error;
  }
  if (!parse_number(options->get("--lock-wait"), run.lock_wait_seconds)) {
    fmt::print(stderr, "pgmorph baseline: error: --lock-wait takes seconds (a number >= 0)\n");
    return k_exit_user_error;
  }
  run.dir = *options->get("--dir");
  return finish("baseline", migrate::baseline_history(run));
}

int run_repair(const std::vector<std::string>& args) {
  std::string error;
  const auto options =
      parse_options(args, {{"--db", "--dir", "--lock-wait"}, {"--accept-checksums"}, {}}, error);
  migrate::RunnerOptions run;
  if (options) run.db_url = db_url(*options);
  if (!options || !options->get("--dir") || run.db_url.empty() || !options->positional.empty()) {
    fmt::print(stderr, "pgmorph repair: error: {}\n",
               options ? "usage: pgmorph repair --db URL --dir DIR [--accept-checksums]" : error);
    return k_exit_user_error;
  }
  if (!parse_number(options->get("--lock-wait"), run.lock_wait_seconds)) {
    fmt::print(stderr, "pgmorph repair: error: --lock-wait takes seconds (a number >= 0)\n");
    return k_exit_user_error;
  }
  run.dir = *options->get("--dir");
  return finish("repair", migrate::repair_history(run, options->has("--accept-checksums")));
}

}  // namespace pgmorph::cli
