// `pgmorph diff --from SRC --to SRC [--up FILE] [--down FILE] [--exit-code]
// [--allow-drop-recreate] [--dev-url URL] [--verify | --no-verify]
// [--fail-on-hazards] [--allow-hazards CODE,...] [--no-online] [--lock-timeout D]
// [--statement-timeout D] [--probes FILE] [--run-probes] [--format sql|json|markdown] [--config FILE]`.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/compare.hpp"
#include "cli/config.hpp"
#include "cli/hazard_policy.hpp"
#include "cli/plan_json.hpp"
#include "cli/plan_findings.hpp"
#include "cli/plan_markdown.hpp"
#include "lint/report.hpp"
#include "cli/probes.hpp"
#include "introspect/connection.hpp"
#include "cli/output.hpp"
#include "cli/options.hpp"
#include "cli/scratch_sources.hpp"
#include "cli/sources.hpp"
#include "cli/verify.hpp"
#include "codegen/plan.hpp"

namespace pgmorph::cli {

namespace {

constexpr const char* k_usage =
    "usage: pgmorph diff --from SRC --to SRC [--up FILE] [--down FILE] [--exit-code] "
    "[--allow-drop-recreate] [--dev-url URL] [--verify | --no-verify] [--fail-on-hazards] "
    "[--allow-hazards CODE,...] [--no-online] [--lock-timeout D] [--statement-timeout D] "
    "[--probes FILE] [--run-probes] [--format sql|json|markdown|sarif|github|junit] [--config FILE]";

// Writes `text` to the file named by `option`, or to stdout when `to_stdout`.
bool write_output(const ParsedOptions& options, const std::string& option, const std::string& text,
                  bool to_stdout) {
  if (auto path = options.get(option)) return write_file(*path, text);
  if (to_stdout) fmt::print("{}", text);
  return true;
}

/// `500ms`, `10s`, `5min`, `1h`, `1d` or a bare number of milliseconds.
bool is_duration(const std::string& text) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0) return false;
  const std::string unit = text.substr(digits);
  return unit.empty() || unit == "ms" || unit == "s" || unit == "min" || unit == "h" || unit == "d";
}

}  // namespace

int run_diff(const std::vector<std::string>& args) {
  std::string error;
  auto options = parse_options(args,
                               {{"--from", "--to", "--up", "--down", "--dev-url", "--allow-hazards", "--lock-timeout",
                                 "--statement-timeout", "--probes", "--format", "--config"},
                                {"--exit-code", "--allow-drop-recreate", "--verify", "--no-verify",
                                 "--fail-on-hazards", "--no-online", "--run-probes"},
                                {}},
                               error);
  if (!options) {
    fmt::print(stderr, "pgmorph diff: error: {}\n", error);
    return k_exit_user_error;
  }
  auto from_arg = options->get("--from");
  auto to_arg = options->get("--to");
  if (!from_arg || !to_arg || !options->positional.empty()) {
    fmt::print(stderr, "pgmorph diff: error: {}\n", k_usage);
    return k_exit_user_error;
  }
  if (options->has("--verify") && options->has("--no-verify")) {
    fmt::print(stderr, "pgmorph diff: error: --verify and --no-verify exclude each other\n");
    return k_exit_user_error;
  }
  const auto dev_url = migrate::dev_server_url(options->get("--dev-url"));
  if (options->has("--verify") && !dev_url) {
    fmt::print(stderr, "pgmorph diff: error: --verify needs a scratch server: give --dev-url URL "
                       "or set PGMORPH_DEV_URL\n");
    return k_exit_user_error;
  }
  for (const char* option : {"--lock-timeout", "--statement-timeout"}) {
    const auto value = options->get(option);
    if (value && !is_duration(*value)) {
      fmt::print(stderr, "pgmorph diff: error: {} takes a PostgreSQL duration such as 10s, 500ms, 5min or 1h "
                         "(0 turns the limit off), not '{}'\n", option, *value);
      return k_exit_user_error;
    }
  }
  const std::string format = options->get("--format").value_or("sql");
  static const std::set<std::string> k_formats{"sql", "json", "markdown", "sarif", "github", "junit"};
  if (!k_formats.contains(format)) {
    fmt::print(stderr, "pgmorph diff: error: --format takes sql, json, markdown, sarif, github or junit, not '{}'\n",
               format);
    return k_exit_user_error;
  }
  if (options->has("--run-probes") && !introspect::is_connection_string(*from_arg)) {
    fmt::print(stderr, "pgmorph diff: error: --run-probes needs a live database as --from (the probes count "
                       "rows there); use --probes FILE to write them instead\n");
    return k_exit_user_error;
  }
  // pgmorph.toml first, the command line on top.
  schema::Diagnostics config_errors;
  const auto config = load_config(options->get("--config"), config_errors);
  if (!config) {
    print_diagnostics(config_errors);
    return k_exit_user_error;
  }
  HazardPolicy hazard_policy;
  hazard_policy.fail_on_hazards = options->has("--fail-on-hazards") || !config->safety.fail_on.empty();
  if (!config->safety.fail_on.empty() && !options->has("--fail-on-hazards")) hazard_policy.fail_on = config->safety.fail_on;
  if (config->safety.allow) hazard_policy.allowed = *config->safety.allow;
  if (auto list = options->get("--allow-hazards")) {
    auto allowed = parse_allowed_hazards(*list, error);
    if (!allowed) {
      fmt::print(stderr, "pgmorph diff: error: {}\n", error);
      return k_exit_user_error;
    }
    hazard_policy.allowed = std::move(*allowed);
  }
  // A scratch server turns verification on unless --no-verify says otherwise.
  const bool verify = dev_url && !options->has("--no-verify");

  schema::Diagnostics diagnostics;
  diff::DiffOptions diff_options;
  diff_options.allow_drop_recreate =
      options->has("--allow-drop-recreate") || config->diff.allow_drop_recreate.value_or(false);
  diff_options.online = !options->has("--no-online") && config->diff.online.value_or(true);
  diff_options.renames = config->renames;
  const auto sources = resolve_sources(*from_arg, *to_arg, dev_url, diagnostics);
  schema::Catalog from_state, to_state;
  std::optional<codegen::Plan> planned;
  if (sources) planned = plan_between(sources->from, sources->to, diagnostics, diff_options, &from_state, &to_state);
  print_diagnostics(diagnostics);
  if (!planned) return k_exit_user_error;
  const codegen::Plan& plan = *planned;
  codegen::EmitOptions labels{source_label(*from_arg), source_label(*to_arg)};
  if (config->safety.lock_timeout) labels.lock_timeout = *config->safety.lock_timeout;
  if (config->safety.statement_timeout) labels.statement_timeout = *config->safety.statement_timeout;
  if (auto value = options->get("--lock-timeout")) labels.lock_timeout = *value;
  if (auto value = options->get("--statement-timeout")) labels.statement_timeout = *value;
  std::string up = codegen::emit_up(plan, labels);
  std::string down = codegen::emit_down(plan, labels);

  int exit_code = options->has("--exit-code") && !plan.empty() ? k_exit_changes : k_exit_ok;
  std::string verification_failure;
  if (verify && !plan.empty()) {
    schema::Diagnostics verify_diagnostics;
    const bool irreversible = std::any_of(plan.statements.begin(), plan.statements.end(),
                                          [](const codegen::Statement& s) { return s.irreversible; });
    const PlanUnderTest under_test{sources->from, sources->to, &from_state, up, down,
                                   options->get("--up").value_or("up.sql"),
                                   options->get("--down").value_or("down.sql"), !irreversible};
    const auto verification = verify_plan(*dev_url, under_test, diff_options, verify_diagnostics);
    print_diagnostics(verify_diagnostics);
    if (!verification) return k_exit_user_error;
    if (!verification->passed) {
      print_diagnostics({{schema::Severity::error, "plan-unverified",
                          "the plan failed verification on the scratch server (the scripts are written, "
                          "marked UNVERIFIED):\n" + verification->failure,
                          std::nullopt}});
      verification_failure = verification->failure;
      up = mark_unverified(up, verification->failure);
      down = mark_unverified(down, verification->failure);
      exit_code = k_exit_unverified;
    }
  }
  std::optional<std::vector<ProbeResult>> probe_results;
  if (options->has("--run-probes") && !plan.empty()) {
    schema::Diagnostics probe_diagnostics;
    probe_results = run_probes(*from_arg, plan, probe_diagnostics);
    print_diagnostics(probe_diagnostics);
    if (!probe_results) return k_exit_user_error;
    fmt::print(stderr, "{}", describe_probe_results(*probe_results));
  }
  // JSON and Markdown go to standard output in place of the up script; --up / --down still
  // write SQL.
  if (format == "json") fmt::print("{}", plan_json(plan, labels));
  if (format == "markdown")
    fmt::print("{}", plan_markdown({plan, labels, up, down, from_state, to_state,
                                    probe_results ? &*probe_results : nullptr, verification_failure}));
  if (format == "sarif" || format == "github" || format == "junit") {
    const std::string up_path = options->get("--up").value_or("up.sql");
    const auto findings = plan_findings(plan, up, up_path);
    if (format == "sarif") fmt::print("{}", lint::render_sarif(findings.result, &findings.rules));
    if (format == "github") fmt::print("{}", lint::render_github(findings.result));
    if (format == "junit") fmt::print("{}", lint::render_junit(findings.result, {up_path}, "pgmorph diff"));
  }
  if (!write_output(*options, "--up", up, format == "sql")) return k_exit_user_error;
  if (!write_output(*options, "--down", down, false)) return k_exit_user_error;
  if (auto path = options->get("--probes"); path && !write_file(*path, probes_script(plan))) return k_exit_user_error;
  // With the scripts in files the terminal would otherwise show nothing of what they do.
  if (options->get("--up") && !plan.empty()) fmt::print(stderr, "{}", hazard_summary(plan));
  if (const auto refused = disallowed_hazards(plan, hazard_policy); !refused.empty()) {
    print_diagnostics({{schema::Severity::error, "hazards-not-allowed",
                        "--fail-on-hazards: the plan has hazards --allow-hazards does not list (the "
                        "scripts are written):\n" + refused,
                        std::nullopt}});
    if (exit_code == k_exit_ok || exit_code == k_exit_changes) exit_code = k_exit_unverified;
  }
  return exit_code;
}

}  // namespace pgmorph::cli
