// `pgmorph check --from SRC --to SRC [--dev-url URL]`: drift detection for CI. Exit 0 when the two sides
// are equal, 2 when they differ (the up plan that would reconcile them goes to stdout), 1 on
// any error.
#include "cli/commands.hpp"
#include "cli/compare.hpp"
#include "cli/options.hpp"
#include "cli/scratch_sources.hpp"
#include "cli/sources.hpp"
#include "codegen/plan.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace pgmorph::cli {

int run_check(const std::vector<std::string>& args) {
  std::string error;
  auto options = parse_options(args, {{"--from", "--to", "--dev-url"}, {}, {}}, error);
  if (!options) {
    fmt::print(stderr, "pgmorph check: error: {}\n", error);
    return k_exit_user_error;
  }
  const auto from = options->get("--from");
  const auto to = options->get("--to");
  if (!from || !to || !options->positional.empty()) {
    fmt::print(stderr, "pgmorph check: error: usage: pgmorph check --from SRC --to SRC [--dev-url URL]\n");
    return k_exit_user_error;
  }
  schema::Diagnostics diagnostics;
  // A scratch server lets schema files hold DO blocks and INSERTs (loaded there).
  const auto sources = resolve_sources(*from, *to, migrate::dev_server_url(options->get("--dev-url")), diagnostics);
  std::optional<codegen::Plan> plan;
  if (sources) plan = plan_between(sources->from, sources->to, diagnostics);
  print_diagnostics(diagnostics);
  if (!plan) return k_exit_user_error;
  const std::string from_label = source_label(*from);
  const std::string to_label = source_label(*to);
  if (plan->empty()) {
    fmt::print(stderr, "pgmorph check: no drift: {} matches {}\n", from_label, to_label);
    return k_exit_ok;
  }
  fmt::print("{}", codegen::emit_up(*plan, {from_label, to_label}));
  fmt::print(stderr, "pgmorph check: drift: {} statement(s) needed to turn {} into {}\n",
             plan->statements.size(), from_label, to_label);
  return k_exit_changes;
}

}  // namespace pgmorph::cli
