#include "cli/verify.hpp"

#include "cli/compare.hpp"
#include "cli/sources.hpp"
#include "codegen/dump.hpp"
#include "migrate/scratch_database.hpp"
#include "migrate/script_runner.hpp"

#include <fmt/format.h>

namespace pgmorph::cli {

namespace {

constexpr std::size_t k_steps_shown = 8;

// The failure as it reads against the script written to disk, whose header
// (mark_unverified) pushes every line down.
std::string describe_in_written_script(migrate::StatementFailure failure) {
  failure.statement.location.line += k_unverified_header_lines;
  return migrate::describe_failure(failure);
}

// Empty when the database behind `scratch` equals `target`; otherwise why not.
std::string compare_with(const std::string& scratch, const std::string& target, const std::string& after,
                         const diff::DiffOptions& options) {
  schema::Diagnostics diagnostics;
  const auto second = plan_between(scratch, target, diagnostics, options);
  if (!second) {
    std::string text = fmt::format("after {} the scratch database cannot be compared with {}:", after, source_label(target));
    for (const auto& diagnostic : diagnostics)
      if (diagnostic.severity == schema::Severity::error) text += "\n  " + diagnostic.message;
    return text;
  }
  if (second->empty()) return "";
  std::string text = fmt::format("after {} the database still differs from {}: a second plan has {} step(s):",
                                 after, source_label(target), second->statements.size());
  for (std::size_t i = 0; i < second->statements.size() && i < k_steps_shown; ++i)
    text += "\n  " + second->statements[i].summary;
  if (second->statements.size() > k_steps_shown) text += "\n  ...";
  return text;
}

}  // namespace

std::optional<Verification> verify_plan(const std::string& dev_url, const PlanUnderTest& plan,
                                        const diff::DiffOptions& options,
                                        schema::Diagnostics& diagnostics) {
  auto scratch = migrate::ScratchDatabase::create(dev_url, diagnostics);
  if (!scratch) return std::nullopt;
  {
    migrate::SqlSession session(scratch->conninfo(), diagnostics);
    if (!session.ok()) return std::nullopt;
    const std::string setup = codegen::emit_dump(*plan.from_state, diagnostics);
    if (schema::has_errors(diagnostics)) return std::nullopt;
    if (auto failure = migrate::run_script(session, setup, "(from state)")) {
      diagnostics.push_back({schema::Severity::error, "verify-setup",
                             "cannot build the from state on the scratch server (roles or extensions "
                             "missing there?); use --no-verify to skip verification:\n" +
                                 migrate::describe_failure(*failure),
                             std::nullopt});
      return std::nullopt;
    }
    if (auto failure = migrate::run_script(session, plan.up, plan.up_name))
      return Verification{false, describe_in_written_script(*failure)};
  }
  if (auto problem = compare_with(scratch->conninfo(), plan.to, plan.up_name, options); !problem.empty())
    return Verification{false, problem};
  {
    migrate::SqlSession session(scratch->conninfo(), diagnostics);
    if (!session.ok()) return std::nullopt;
    if (auto failure = migrate::run_script(session, plan.down, plan.down_name))
      return Verification{false, describe_in_written_script(*failure)};
  }
  if (!plan.down_restores) return Verification{true, ""};
  if (auto problem = compare_with(scratch->conninfo(), plan.from, plan.down_name, options); !problem.empty())
    return Verification{false, problem};
  return Verification{true, ""};
}

std::string mark_unverified(const std::string& script, const std::string& failure) {
  return "-- UNVERIFIED: this plan failed verification on a scratch server; do not apply it as is.\n"
         "-- " + failure.substr(0, failure.find('\n')) + "\n" + script;
}

}  // namespace pgmorph::cli
