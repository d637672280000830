// `pgmorph diff --from SRC --to SRC [--up FILE] [--down FILE] [--exit-code]
// [--allow-drop-recreate]`.
#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/compare.hpp"
#include "cli/output.hpp"
#include "cli/options.hpp"
#include "cli/sources.hpp"
#include "codegen/plan.hpp"

namespace pgmorph::cli {

int run_diff(const std::vector<std::string>& args) {
  std::string error;
  auto options = parse_options(args, {{"--from", "--to", "--up", "--down"}, {"--exit-code", "--allow-drop-recreate"}, {}}, error);
  if (!options) {
    fmt::print(stderr, "pgmorph diff: error: {}\n", error);
    return k_exit_user_error;
  }
  auto from_arg = options->get("--from");
  auto to_arg = options->get("--to");
  if (!from_arg || !to_arg || !options->positional.empty()) {
    fmt::print(stderr, "pgmorph diff: error: usage: pgmorph diff --from SRC --to SRC "
                       "[--up FILE] [--down FILE] [--exit-code] [--allow-drop-recreate]\n");
    return k_exit_user_error;
  }

  schema::Diagnostics diagnostics;
  diff::DiffOptions diff_options;
  diff_options.allow_drop_recreate = options->has("--allow-drop-recreate");
  const std::optional<codegen::Plan> planned = plan_between(*from_arg, *to_arg, diagnostics, diff_options);
  print_diagnostics(diagnostics);
  if (!planned) return k_exit_user_error;
  const codegen::Plan& plan = *planned;
  const codegen::EmitOptions labels{source_label(*from_arg), source_label(*to_arg)};
  const std::string up = codegen::emit_up(plan, labels);
  if (auto up_path = options->get("--up")) {
    if (!write_file(*up_path, up)) return k_exit_user_error;
  } else {
    fmt::print("{}", up);
  }
  if (auto down_path = options->get("--down")) {
    if (!write_file(*down_path, codegen::emit_down(plan, labels))) return k_exit_user_error;
  }
  if (options->has("--exit-code") && !plan.empty()) return k_exit_changes;
  return k_exit_ok;
}

}  // namespace pgmorph::cli
