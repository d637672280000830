#include "cli/commands.hpp"

#include <array>
#include <functional>
#include <string_view>

#include <fmt/format.h>

namespace pgmorph::cli {

namespace {

struct Command {
  std::string_view name;
  std::string_view help;
  int (*run)(const std::vector<std::string>&);
};

constexpr std::array k_commands = {
    Command{"diff", "compare two schemas and write up/down migration scripts", &run_diff},
    Command{"plan", "write the next migration into a directory (pgmorph, Knex, Alembic, Flyway, ...)", &run_plan},
    Command{"dump", "print one schema as canonical SQL or a JSON snapshot", &run_dump},
    Command{"check", "exit 2 when a database drifted from the schema files (for CI)", &run_check},
    Command{"lint", "check hand-written migration files for unsafe statements", &run_lint},
    Command{"apply", "apply the pending migrations of a directory to a database", &run_apply},
    Command{"rollback", "run the down files of the last applied migrations", &run_rollback},
    Command{"status", "applied, pending, failed, modified and missing migrations (exit 2 when pending)", &run_status},
    Command{"rehash", "rewrite a migration directory's pgmorph.sum", &run_rehash},
    Command{"baseline", "record migrations up to a version as applied without running them", &run_baseline},
    Command{"repair", "remove failed history rows with nothing committed; realign checksums", &run_repair},
};

int print_usage(std::FILE* stream) {
  fmt::print(stream, "usage: pgmorph <command> [options]\n\ncommands:\n");
  for (const auto& command : k_commands) fmt::print(stream, "  {:<8} {}\n", command.name, command.help);
  fmt::print(stream,
             "\npgmorph diff --from SRC --to SRC [--up FILE] [--down FILE] [--exit-code] [--allow-drop-recreate]\n"
             "             [--dev-url URL] [--verify | --no-verify]\n"
             "  Without --up the up script goes to stdout. With a scratch server (--dev-url or\n"
             "  PGMORPH_DEV_URL) the plan is applied and reversed there first (--no-verify: not).\n"
             "pgmorph plan --to SRC --dir DIR --name NAME [--from SRC] [--dir-format F] [--dev-url URL]\n"
             "  The next migration of DIR, up and down, for pgmorph, knex, alembic, flyway,\n"
             "  golang-migrate or dbmate (docs/plan.md). Without --from DIR is replayed.\n"
             "pgmorph dump --from SRC [--format sql|json] [--schema NAME ...] [--output FILE]\n"
             "  The schema as SQL that pgmorph reads back, or as a JSON snapshot.\n"
             "pgmorph check --from SRC --to SRC [--dev-url URL]\n"
             "  Exit 0 when equal, 2 when they differ (the plan goes to stdout).\n"
             "pgmorph lint [--format text|json|sarif|github] [--setup FILE] [--pg-version V] FILE...\n"
             "  Unsafe statements in hand-written migrations (docs/lint.md); exit 1 on errors.\n"
             "pgmorph apply --dir DIR [--db URL] [--to VERSION] [--dry-run] [--allow-out-of-order]\n"
             "pgmorph rollback --dir DIR [--db URL] [--steps N | --to VERSION]\n"
             "pgmorph status --dir DIR [--db URL]      pgmorph rehash --dir DIR\n"
             "  Versioned migrations (docs/migrations.md); --db defaults to PGMORPH_DB_URL. apply and\n"
             "  rollback take --lock-wait SECONDS (60), --lock-timeout (2s), --statement-timeout (1h), --retries N (5).\n"
             "\nSRC is a postgres:// URL or libpq string (host=... dbname=...; PG* variables\n"
             "  apply), a .json snapshot, a .sql file or a directory of .sql files (name order).\n"
             "\nexit codes: 0 written / equal, 2 changes (diff --exit-code, check), 1 user error,\n"
             "  3 plan failed verification (scripts written, marked UNVERIFIED), 70 internal error,\n"
             "  130 apply/rollback interrupted (SIGINT/SIGTERM; state recorded, lock released)\n");
  return stream == stdout ? k_exit_ok : k_exit_user_error;
}

}  // namespace

int run(const std::vector<std::string>& args) {
  if (args.empty()) return print_usage(stderr);
  const std::string& name = args.front();
  if (name == "--help" || name == "-h" || name == "help") return print_usage(stdout);
  if (name == "--version") {
    fmt::print("pgmorph 0.1.0\n");
    return k_exit_ok;
  }
  for (const auto& command : k_commands) {
    if (command.name == name)
      return command.run(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  fmt::print(stderr, "pgmorph: error: unknown command '{}' (try 'pgmorph --help')\n", name);
  return k_exit_user_error;
}

}  // namespace pgmorph::cli
