#include "cli/help_text.hpp"

#include <fmt/format.h>

namespace pgmorph::cli {

namespace {

constexpr std::string_view k_src =
    "SRC is a postgres:// or postgresql:// URL or a libpq keyword string (host=db dbname=app; the PG* "
    "variables fill in the rest), a .json snapshot, a .sql file, or a directory of .sql files read in name order.";

const std::vector<OptionHelp> k_runner_options = {
    {"--dir DIR", "the migration directory (pgmorph format, with pgmorph.sum)"},
    {"--db URL", "the target database (default: PGMORPH_DB_URL)"},
    {"--lock-wait SECONDS", "how long to wait for another applier's advisory lock (60)"},
    {"--lock-timeout D", "lock_timeout of every statement (2s); a lock timeout is retried"},
    {"--statement-timeout D", "statement_timeout of every statement (1h)"},
    {"--retries N", "retries of a statement that hit the lock timeout, with jittered backoff (5)"},
};

std::vector<OptionHelp> with_runner_options(std::vector<OptionHelp> own) {
  own.insert(own.end(), k_runner_options.begin(), k_runner_options.end());
  return own;
}

const std::vector<OptionHelp> k_plan_settings = {
    {"--allow-drop-recreate", "a type change without a cast becomes drop + add of the column (data loss)"},
    {"--no-online", "plain statements for a maintenance window instead of the online forms"},
    {"--column-order rebuild|append", "reach a declared column order by rebuilding the table (default), "
                                      "or append new columns and warn"},
    {"--lock-timeout D", "SET lock_timeout at the top of the scripts (10s)"},
    {"--statement-timeout D", "SET statement_timeout at the top of the scripts (1h)"},
    {"--fail-on-hazards", "exit 3 when a hazard remains that --allow-hazards does not list"},
    {"--allow-hazards CODE,...", "hazard codes or slugs that never fail the plan (docs/hazards.md)"},
    {"--config FILE", "settings file (default: the nearest pgmorph.toml upward; docs/config.md)"},
};

std::vector<OptionHelp> with_plan_settings(std::vector<OptionHelp> own) {
  own.insert(own.end(), k_plan_settings.begin(), k_plan_settings.end());
  return own;
}

}  // namespace

const std::vector<CommandHelp>& command_helps() {
  static const std::vector<CommandHelp> helps = {
      {"diff", "compare two schemas and write up/down migration scripts",
       "pgmorph diff --from SRC --to SRC [options]",
       "Computes the plan that turns --from into --to and writes it as an up script (standard output, or --up) "
       "and a down script (--down). Hazards are -- WARNING lines in the scripts and a summary on stderr. With a "
       "scratch server (--dev-url or PGMORPH_DEV_URL) the plan is applied and reversed there first.",
       with_plan_settings({
           {"--from SRC", "the current schema"},
           {"--to SRC", "the desired schema"},
           {"--up FILE", "write the up script to FILE (default: standard output)"},
           {"--down FILE", "write the down script to FILE"},
           {"--exit-code", "exit 2 when there are changes"},
           {"--format F", "sql (default), json, markdown (a pull-request report), sarif, github or junit"},
           {"--dev-url URL", "scratch server for verification and for files a server must evaluate"},
           {"--verify", "verify on the scratch server (on by default when one is given)"},
           {"--no-verify", "do not verify"},
           {"--probes FILE", "write the read-only pre-flight queries of the plan to FILE"},
           {"--run-probes", "run those queries on the --from database and report the counts"},
       }),
       {"# what would it take to bring production to the files?",
        "pgmorph diff --from \"$DATABASE_URL\" --to schema/ --up up.sql --down down.sql",
        "# offline, two versions of the schema files, as a review report",
        "pgmorph diff --from v1/ --to v2/ --format markdown > report.md"}},
      {"plan", "write the next migration into a directory (pgmorph, Knex, Alembic, Flyway, ...)",
       "pgmorph plan --to SRC --dir DIR --name NAME [--from SRC] [options]",
       "Writes the migration from the directory's current state (--from, or the directory replayed on the scratch "
       "server) to --to, up and down, in the directory's format, with the fingerprints of both schemas.",
       with_plan_settings({
           {"--to SRC", "the desired schema"},
           {"--dir DIR", "the migration directory ([plan] dir in pgmorph.toml)"},
           {"--name NAME", "the migration's name: lower-case letters, digits and _"},
           {"--from SRC", "the current state (default: the directory replayed on --dev-url)"},
           {"--dir-format F", "pgmorph (default), knex, alembic, flyway, golang-migrate or dbmate"},
           {"--version-style S", "timestamp (default) or sequence"},
           {"--dev-url URL", "scratch server that replays the directory"},
       }),
       {"pgmorph plan --to schema/ --dir migrations/ --name add_orders --dev-url \"$PGMORPH_DEV_URL\"",
        "pgmorph plan --from \"$DATABASE_URL\" --to schema/ --dir migrations/ --name add_orders --dir-format knex"}},
      {"dump", "print one schema as canonical SQL or a JSON snapshot",
       "pgmorph dump --from SRC [--format sql|json] [--schema NAME ...] [--output FILE]",
       "Prints the schema of one source in pgmorph's canonical form: SQL that pgmorph reads back to the same model, "
       "or a JSON snapshot that can be a SRC itself.",
       {{"--from SRC", "the source"},
        {"--format F", "sql (default) or json"},
        {"--schema NAME", "only this schema (repeatable)"},
        {"--output FILE", "write to FILE instead of standard output"}},
       {"pgmorph dump --from \"$DATABASE_URL\" --format json --output prod.json"}},
      {"check", "exit 2 when a database drifted from the schema files (for CI)",
       "pgmorph check --from SRC --to SRC [--dev-url URL]",
       "Exit 0 when both sides are equal; exit 2, with the plan on standard output, when they differ.",
       {{"--from SRC", "usually the database"}, {"--to SRC", "usually the schema files"},
        {"--dev-url URL", "scratch server for files a server must evaluate"}},
       {"pgmorph check --from \"$DATABASE_URL\" --to schema/"}},
      {"lint", "check hand-written migration files for unsafe statements",
       "pgmorph lint [options] FILE...",
       "Reports the statements of migration files that take strong locks, rewrite tables, lose data or break "
       "running code (docs/lint.md, one page per rule in docs/rules/). Exit 1 when an error remains. '-' reads "
       "standard input.",
       {{"--format F", "text (default), json, sarif, github or junit"},
        {"--setup FILE", "SQL describing the existing schema (not linted)"},
        {"--db URL", "read the existing schema from a database"},
        {"--pg-version V", "the server version the rules assume (16)"},
        {"--assume-in-transaction", "the runner wraps each file in one transaction"},
        {"--enable RULE", "turn on a rule (repeatable; slug or code)"},
        {"--disable RULE", "turn off a rule (repeatable)"},
        {"--all-rules", "turn on the opt-in rules too"},
        {"--naming-pattern REGEX", "names created must match"},
        {"--config FILE", "settings file ([lint] in pgmorph.toml)"},
        {"--list-rules", "print the rule catalogue as JSON"}},
       {"pgmorph lint migrations/*.sql", "git diff --name-only -- '*.sql' | xargs pgmorph lint --format github"}},
      {"apply", "apply the pending migrations of a directory to a database",
       "pgmorph apply --dir DIR [--db URL] [--to VERSION] [--dry-run] [--allow-out-of-order]",
       "Applies pending migrations in version order under an advisory lock, records each in "
       "pgmorph.schema_migrations, and refuses modified, missing or malformed files before anything runs "
       "(docs/migrations.md).",
       with_runner_options({{"--to VERSION", "stop after this version"},
                            {"--dry-run", "print what would run; change nothing"},
                            {"--allow-out-of-order", "apply a pending file below the applied head"},
                            {"--allow-drift", "apply although the database's fingerprint differs from the plan's from"},
                            {"--verify-rollback", "first apply, roll back and re-apply each pending migration on the "
                                                  "scratch server"},
                            {"--dev-url URL", "the scratch server for --verify-rollback (or PGMORPH_DEV_URL)"}}),
       {"PGMORPH_DB_URL=postgres://migrator@db/app pgmorph apply --dir migrations/",
        "pgmorph apply --dir migrations/ --verify-rollback --dev-url \"$PGMORPH_DEV_URL\""}},
      {"rollback", "run the down files of the last applied migrations",
       "pgmorph rollback --dir DIR [--db URL] [--steps N | --to VERSION]",
       "Runs the down files of the latest applied migrations, newest first, and removes their history rows.",
       with_runner_options({{"--steps N", "how many migrations to roll back (1)"},
                            {"--to VERSION", "roll back every migration above VERSION (0: all)"}}),
       {"pgmorph rollback --dir migrations/ --steps 1"}},
      {"status", "applied, pending, failed, modified and missing migrations (exit 2 when pending)",
       "pgmorph status --dir DIR [--db URL]", "Compares the directory with the history table.",
       {{"--dir DIR", "the migration directory"}, {"--db URL", "the database (default: PGMORPH_DB_URL)"}},
       {"pgmorph status --dir migrations/ || echo 'migrations pending'"}},
      {"rehash", "rewrite a migration directory's pgmorph.sum",
       "pgmorph rehash --dir DIR", "Recomputes pgmorph.sum after a deliberate edit of a migration file.",
       {{"--dir DIR", "the migration directory"}},
       {"pgmorph rehash --dir migrations/"}},
      {"baseline", "record migrations up to a version as applied without running them",
       "pgmorph baseline --dir DIR [--db URL] --version VERSION",
       "For a database that already has the schema: records every migration up to VERSION as applied (status "
       "baseline) without running it. Refused when the history is not empty.",
       {{"--dir DIR", "the migration directory"}, {"--db URL", "the database (default: PGMORPH_DB_URL)"},
        {"--version VERSION", "the last migration the database already has"},
        {"--lock-wait SECONDS", "how long to wait for another applier's advisory lock (60)"}},
       {"pgmorph baseline --dir migrations/ --version 20261201120000"}},
      {"repair", "remove failed history rows with nothing committed; realign checksums",
       "pgmorph repair --dir DIR [--db URL] [--accept-checksums]",
       "Explicit fixes of the history table, each printed: failed or running rows with nothing committed are "
       "removed; with --accept-checksums, applied rows take the files' current checksums.",
       {{"--dir DIR", "the migration directory"}, {"--db URL", "the database (default: PGMORPH_DB_URL)"},
        {"--accept-checksums", "accept deliberate edits of applied files"},
        {"--lock-wait SECONDS", "how long to wait for another applier's advisory lock (60)"}},
       {"pgmorph repair --dir migrations/", "pgmorph repair --dir migrations/ --accept-checksums"}},
      {"completions", "print a shell completion script (bash or zsh)", "pgmorph completions bash|zsh",
       "Prints a completion script for the shell, made from this help.", {},
       {"pgmorph completions bash > /etc/bash_completion.d/pgmorph",
        "pgmorph completions zsh > \"${fpath[1]}/_pgmorph\""}},
      {"man", "print the pgmorph(1) man page (roff)", "pgmorph man", "Prints the man page, made from this help.",
       {}, {"pgmorph man > /usr/local/share/man/man1/pgmorph.1"}},
  };
  return helps;
}

const CommandHelp* find_command_help(std::string_view name) {
  for (const auto& help : command_helps())
    if (help.name == name) return &help;
  return nullptr;
}

std::string render_command_help(const CommandHelp& help) {
  std::string out = fmt::format("usage: {}\n\n{}\n", help.synopsis, help.description);
  if (!help.options.empty()) {
    out += "\noptions:\n";
    for (const auto& option : help.options) out += fmt::format("  {:<26} {}\n", option.spelling, option.meaning);
  }
  if (help.synopsis.find("SRC") != std::string_view::npos) out += fmt::format("\n{}\n", k_src);
  if (!help.examples.empty()) {
    out += "\nexamples:\n";
    for (const auto& line : help.examples) out += fmt::format("  {}\n", line);
  }
  return out;
}

}  // namespace pgmorph::cli
