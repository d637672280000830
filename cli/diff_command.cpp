// `pgmorph diff --from SRC --to SRC [--up FILE] [--down FILE] [--exit-code]
// [--allow-drop-recreate] [--dev-url URL] [--verify | --no-verify]
// [--fail-on-hazards] [--allow-hazards CODE,...] [--no-online] [--lock-timeout D]
// [--statement-timeout D] [--probes FILE] [--run-probes] [--format sql|json|markdown] [--config FILE]`.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/compare.hpp"
#include "cli/diff_settings.hpp"
#include "cli/hazard_grading.hpp"
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
    "[--allow-hazards CODE,...] [--no-online] [--column-order rebuild|append] [--lock-timeout D] [--statement-timeout D] "
    "[--probes FILE] [--run-probes] [--format sql|json|markdown|sarif|github|junit] [--config FILE]";

// Writes `text` to the file named by `option`, or to stdout when `to_stdout`.
bool write_output(const ParsedOptions& options, const std::string& option, const std::string& text,
                  bool to_stdout) {
  if (auto path = options.get(option)) return write_file(*path, text);
  if (to_stdout) fmt::print("{}", text);
  return true;
}

}  // namespace

int run_diff(const std::vector<std::string>& args) {
  std::string error;
  OptionSpec spec{{"--from", "--to", "--up", "--down", "--dev-url", "--probes", "--format"},
                  {"--exit-code", "--verify", "--no-verify", "--run-probes"},
                  {}};
  spec.with_value.insert(k_diff_setting_values.begin(), k_diff_setting_values.end());
  spec.flags.insert(k_diff_setting_flags.begin(), k_diff_setting_flags.end());
  auto options = parse_options(args, spec, error);
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
  if (const auto up_path = options->get("--up"), down_path = options->get("--down"); up_path && down_path) {
    // One file for both scripts would leave only the down script in it.
    std::error_code ec;
    if (*up_path == *down_path || std::filesystem::equivalent(*up_path, *down_path, ec)) {
      fmt::print(stderr, "pgmorph diff: error: --up and --down name the same file ({}): give each its own\n",
                 *up_path);
      return k_exit_user_error;
    }
  }
  const auto dev_url = migrate::dev_server_url(options->get("--dev-url"));
  if (options->has("--verify") && !dev_url) {
    fmt::print(stderr, "pgmorph diff: error: --verify needs a scratch server: give --dev-url URL "
                       "or set PGMORPH_DEV_URL\n");
    return k_exit_user_error;
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
  DiffSettings settings;
  if (!parse_diff_settings(*options, "diff", settings)) return k_exit_user_error;
  const HazardPolicy& hazard_policy = settings.hazards;
  // A scratch server turns verification on unless --no-verify says otherwise.
  const bool verify = dev_url && !options->has("--no-verify");

  schema::Diagnostics diagnostics;
  const diff::DiffOptions& diff_options = settings.diff;
  const auto sources = resolve_sources(*from_arg, *to_arg, dev_url, diagnostics);
  schema::Catalog from_state, to_state;
  std::optional<codegen::Plan> planned;
  if (sources) planned = plan_between(sources->from, sources->to, diagnostics, diff_options, &from_state, &to_state);
  print_diagnostics(diagnostics);
  if (!planned) return k_exit_user_error;
  // A live `from` tells how big each table is: an empty one is not nagged about.
  if (introspect::is_connection_string(*from_arg) && !planned->empty()) {
    schema::Diagnostics grading_diagnostics;
    if (!grade_hazards(*planned, *from_arg, grading_diagnostics)) {
      print_diagnostics(grading_diagnostics);
      return k_exit_user_error;
    }
  }
  const codegen::Plan& plan = *planned;
  codegen::EmitOptions labels{source_label(*from_arg), source_label(*to_arg), settings.lock_timeout,
                              settings.statement_timeout};
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
