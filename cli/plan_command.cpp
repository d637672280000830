// `pgmorph plan --to SRC --dir DIR --name NAME [--from SRC] [--dir-format F]
// [--version-style timestamp|sequence] [--dev-url URL]` plus the diff settings
// (cli/diff_settings.hpp): writes the next migration of DIR in the format its tool runs.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/hazard_grading.hpp"
#include "introspect/connection.hpp"
#include "cli/compare.hpp"
#include "cli/diff_settings.hpp"
#include "cli/hazard_policy.hpp"
#include "cli/options.hpp"
#include "cli/output.hpp"
#include "cli/plan_dir.hpp"
#include "cli/scratch_sources.hpp"
#include "cli/sources.hpp"
#include "codegen/migration_formats.hpp"
#include "codegen/script_groups.hpp"
#include "migrate/migration_dir.hpp"

namespace pgmorph::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_usage =
    "usage: pgmorph plan --to SRC --dir DIR --name NAME [--from SRC] "
    "[--dir-format pgmorph|knex|alembic|flyway|golang-migrate|dbmate] [--version-style timestamp|sequence] "
    "[--dev-url URL] [--allow-drop-recreate] [--no-online] [--column-order rebuild|append] [--lock-timeout D] [--statement-timeout D] "
    "[--fail-on-hazards] [--allow-hazards CODE,...]";

void fail(const std::string& message) { fmt::print(stderr, "pgmorph plan: error: {}\n", message); }

bool valid_name(const std::string& name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

std::string now_utc() {
  return fmt::format("{:%Y%m%d%H%M%S}", fmt::gmtime(std::chrono::system_clock::to_time_t(std::chrono::system_clock::now())));
}

/// True when a Knex or Alembic directory holds a migration module (.js/.cjs/.mjs/.ts, .py).
bool has_tool_files(const PlanDirOptions& plan_dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(plan_dir.dir, ec)) {
    const std::string extension = entry.path().extension().string();
    if (plan_dir.format == codegen::DirFormat::alembic ? extension == ".py"
                                                       : (extension == ".js" || extension == ".cjs" ||
                                                          extension == ".mjs" || extension == ".ts"))
      return true;
  }
  return false;
}

/// dbmate runs a section as one query string: a non-transactional step among other
/// statements fails there. Said on stderr, as the file's comment says it.
void warn_dbmate_sections(const codegen::Plan& plan) {
  for (auto direction : {codegen::Direction::up, codegen::Direction::down}) {
    const auto script = codegen::group_steps(plan, direction);
    std::size_t steps = 0;
    for (const auto& group : script.groups) steps += group.steps.size();
    if (script.needs_no_transaction && steps > 1)
      print_diagnostics({{schema::Severity::warning, "dbmate-non-transactional",
                          fmt::format("the {} section has a step that must run outside a transaction among {} "
                                      "statements; dbmate sends a section as one query string, where PostgreSQL "
                                      "refuses it: move that step into a migration of its own",
                                      direction == codegen::Direction::up ? "migrate:up" : "migrate:down", steps),
                          std::nullopt}});
  }
}

/// PlanDirOptions from the command line, with [plan] of pgmorph.toml as defaults; false
/// after printing an error.
bool read_plan_dir_options(const ParsedOptions& options, const ProjectConfig::Plan& defaults, PlanDirOptions& plan_dir) {
  plan_dir.dir = options.get("--dir") ? *options.get("--dir") : *defaults.dir;
  plan_dir.name = *options.get("--name");
  if (!valid_name(plan_dir.name)) {
    fail(fmt::format("--name takes lower-case letters, digits and _ only (it becomes part of file names), not '{}'",
                     plan_dir.name));
    return false;
  }
  if (auto name = options.get("--dir-format") ? options.get("--dir-format") : defaults.format) {
    auto format = codegen::parse_dir_format(*name);
    if (!format) {
      fail(fmt::format("--dir-format takes one of {}, not '{}'", codegen::dir_format_names(), *name));
      return false;
    }
    plan_dir.format = *format;
  }
  const std::string style = options.get("--version-style").value_or(defaults.version_style.value_or("timestamp"));
  if (style != "timestamp" && style != "sequence") {
    fail(fmt::format("--version-style takes timestamp or sequence, not '{}'", style));
    return false;
  }
  plan_dir.version_style = style == "sequence" ? VersionStyle::sequence : VersionStyle::timestamp;
  return true;
}

/// The current state of the directory as a SRC, and what keeps that SRC alive.
struct CurrentState {
  std::string source;
  std::string label;
  std::unique_ptr<EmptySchemaFile> empty;
  std::unique_ptr<migrate::ScratchDatabase> replayed;
};

/// --from, else the directory's migrations replayed on the scratch server, else the empty
/// schema. Nothing after an error (printed).
std::optional<CurrentState> current_state(const PlanDirOptions& plan_dir, bool dir_exists,
                                          const std::optional<std::string>& from,
                                          const std::optional<std::string>& dev_url,
                                          schema::Diagnostics& diagnostics) {
  CurrentState state;
  if (from) {
    state.source = *from;
    state.label = source_label(*from);
    return state;
  }
  const bool wraps = plan_dir.format == codegen::DirFormat::knex || plan_dir.format == codegen::DirFormat::alembic;
  if (wraps && dir_exists && has_tool_files(plan_dir)) {
    fail(fmt::format("{} migrations wrap their SQL in code pgmorph does not replay: give --from (a database "
                     "at the directory's head, or the schema files of that state)",
                     codegen::dir_format_name(plan_dir.format)));
    return std::nullopt;
  }
  std::vector<ExistingMigration> migrations;
  if (!wraps && dir_exists) {
    auto found = existing_migrations(plan_dir, diagnostics);
    if (!found) {
      print_diagnostics(diagnostics);
      return std::nullopt;
    }
    migrations = std::move(*found);
  }
  if (migrations.empty()) {
    state.empty = std::make_unique<EmptySchemaFile>();
    state.source = state.empty->path.string();
    state.label = "(empty schema)";
    return state;
  }
  if (!dev_url) {
    fail(fmt::format("without --from the directory's {} migration(s) are replayed on a scratch server: give "
                     "--dev-url URL or set PGMORPH_DEV_URL (or give --from)", migrations.size()));
    return std::nullopt;
  }
  state.replayed = replay(migrations, *dev_url, diagnostics);
  if (!state.replayed) {
    print_diagnostics(diagnostics);
    return std::nullopt;
  }
  state.source = state.replayed->conninfo();
  state.label = fmt::format("{} ({} migration(s) replayed)", plan_dir.dir.string(), migrations.size());
  return state;
}

}  // namespace

int run_plan(const std::vector<std::string>& args) {
  std::string error;
  OptionSpec spec{{"--from", "--to", "--dir", "--name", "--dir-format", "--version-style", "--dev-url"}, {}, {}};
  spec.with_value.insert(k_diff_setting_values.begin(), k_diff_setting_values.end());
  spec.flags.insert(k_diff_setting_flags.begin(), k_diff_setting_flags.end());
  auto options = parse_options(args, spec, error);
  if (!options) {
    fail(error);
    return k_exit_user_error;
  }
  DiffSettings settings;
  if (!parse_diff_settings(*options, "plan", settings)) return k_exit_user_error;
  const auto& defaults = settings.config.plan;
  if (!options->get("--to") || (!options->get("--dir") && !defaults.dir) || !options->get("--name") ||
      !options->positional.empty()) {
    fail(k_usage);
    return k_exit_user_error;
  }
  PlanDirOptions plan_dir;
  if (!read_plan_dir_options(*options, defaults, plan_dir)) return k_exit_user_error;
  // A missing directory is an empty one; it is created only when there is something to write.
  std::error_code ec;
  const bool dir_exists = fs::exists(plan_dir.dir, ec);
  if (dir_exists && !fs::is_directory(plan_dir.dir, ec)) {
    fail(fmt::format("--dir {} is not a directory", plan_dir.dir.string()));
    return k_exit_user_error;
  }
  const auto dev_url = migrate::dev_server_url(options->get("--dev-url"));
  const std::string to_arg = *options->get("--to");

  schema::Diagnostics diagnostics;
  const auto from_side = current_state(plan_dir, dir_exists, options->get("--from"), dev_url, diagnostics);
  if (!from_side) return k_exit_user_error;
  const std::string& from_arg = from_side->source;

  const auto sources = resolve_sources(from_arg, to_arg, dev_url, diagnostics);
  schema::Catalog from_state, to_state;
  std::optional<codegen::Plan> planned;
  if (sources)
    planned = plan_between(sources->from, sources->to, diagnostics, settings.diff, &from_state, &to_state, true);
  const auto from_fingerprint = planned ? schema_fingerprint(from_state, diagnostics) : std::nullopt;
  const auto to_fingerprint = planned ? schema_fingerprint(to_state, diagnostics) : std::nullopt;
  print_diagnostics(diagnostics);
  if (!planned || !from_fingerprint || !to_fingerprint) return k_exit_user_error;
  // Only the user's own database has the rows worth grading by (a replayed directory has none).
  if (const auto from_arg = options->get("--from");
      from_arg && introspect::is_connection_string(*from_arg) && !planned->empty() &&
      !grade_hazards(*planned, *from_arg, diagnostics)) {
    print_diagnostics(diagnostics);
    return k_exit_user_error;
  }
  if (planned->empty()) {
    fmt::print("no changes\n");
    return k_exit_ok;
  }

  codegen::MigrationHeader header;
  header.version = next_version(plan_dir, now_utc(), existing_versions(plan_dir));
  header.name = plan_dir.name;
  header.from_fingerprint = *from_fingerprint;
  header.to_fingerprint = *to_fingerprint;
  header.from_label = from_side->label;
  header.to_label = source_label(to_arg);
  header.lock_timeout = settings.lock_timeout;
  header.statement_timeout = settings.statement_timeout;
  if (plan_dir.format == codegen::DirFormat::alembic) {
    schema::Diagnostics head_diagnostics;
    const auto head = alembic_head(plan_dir.dir, head_diagnostics);
    print_diagnostics(head_diagnostics);
    if (!head) return k_exit_user_error;
    header.down_revision = *head;
  }
  const auto files = codegen::render_migration(*planned, plan_dir.format, header);
  if (plan_dir.format == codegen::DirFormat::dbmate) warn_dbmate_sections(*planned);
  fs::create_directories(plan_dir.dir, ec);
  if (ec) {
    fail(fmt::format("cannot create the directory {}: {}", plan_dir.dir.string(), ec.message()));
    return k_exit_user_error;
  }
  for (const auto& file : files) {
    if (fs::exists(plan_dir.dir / file.path)) {
      fail(fmt::format("{} exists already; nothing written", (plan_dir.dir / file.path).string()));
      return k_exit_user_error;
    }
  }
  for (const auto& file : files) {
    if (!write_file((plan_dir.dir / file.path).string(), file.text)) return k_exit_user_error;
    fmt::print("{}\n", (plan_dir.dir / file.path).string());
  }
  if (plan_dir.format == codegen::DirFormat::pgmorph) {
    try {
      migrate::write_sum(plan_dir.dir);
    } catch (const schema::DiagnosticError& failure) {
      print_diagnostics(failure.diagnostics());
      return k_exit_user_error;
    }
    fmt::print("{}\n", (plan_dir.dir / "pgmorph.sum").string());
  }
  fmt::print(stderr, "{}", hazard_summary(*planned, "plan"));
  if (const auto refused = disallowed_hazards(*planned, settings.hazards); !refused.empty()) {
    print_diagnostics({{schema::Severity::error, "hazards-not-allowed",
                        "--fail-on-hazards: the plan has hazards --allow-hazards does not list (the migration "
                        "is written):\n" + refused,
                        std::nullopt}});
    return k_exit_unverified;
  }
  return k_exit_ok;
}

}  // namespace pgmorph::cli
