#include "codegen/script_groups.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace pgmorph::codegen {

namespace {

// Probe comments: the question, then its query, indented so it reads as one block.
void add_probe_comments(std::vector<std::string>& comments, const Statement& statement) {
  for (const auto& probe : statement.probes) {
    comments.push_back(fmt::format("PROBE ({}): {}", probe.blocks ? "blocks when > 0" : "rows affected",
                                   probe.question));
    std::size_t start = 0;
    while (start <= probe.sql.size()) {
      const std::size_t end = probe.sql.find('\n', start);
      const std::string line = probe.sql.substr(start, end == std::string::npos ? std::string::npos : end - start);
      comments.push_back("  " + line);
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
}

}  // namespace

std::vector<std::string> statement_warnings(const Statement& statement, Direction direction) {
  std::vector<std::string> warnings;
  for (const auto& hazard : direction == Direction::up ? statement.hazards : statement.reverse_hazards)
    warnings.push_back(describe(hazard));
  if (direction == Direction::up) {
    if (statement.irreversible)
      warnings.push_back("irreversible: " + statement.summary + ": " + statement.reverse_note);
    else if (!statement.reverse_note.empty())
      warnings.push_back("down.sql " + statement.reverse_note);
  } else {
    if (statement.irreversible)
      warnings.push_back("cannot undo " + statement.summary + ": " + statement.reverse_note);
    else if (!statement.reverse_note.empty())
      warnings.push_back(statement.reverse_note);
  }
  return warnings;
}

GroupedScript group_steps(const Plan& plan, Direction direction) {
  GroupedScript script;
  std::vector<const Statement*> order;
  for (const auto& statement : plan.statements) order.push_back(&statement);
  if (direction == Direction::down) {
    std::reverse(order.begin(), order.end());
    for (const auto& statement : plan.down_epilogue) order.push_back(&statement);
  }
  bool open = false;  // the last group is a transaction block steps may join
  std::vector<std::string> pending;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const Statement& statement = *order[i];
    const auto warnings = statement_warnings(statement, direction);
    script.summaries.push_back(fmt::format("{:>3}. {}{}{}", i + 1,
                                           direction == Direction::down && !statement.down_only ? "undo: " : "",
                                           statement.summary, warnings.empty() ? "" : "  [WARNING]"));
    for (const auto& warning : warnings) pending.push_back("WARNING: " + warning);
    if (direction == Direction::up) add_probe_comments(pending, statement);
    const auto& steps = direction == Direction::up ? statement.up : statement.reverse;
    for (const auto& step : steps) {
      const bool joins = step.mode == TxMode::transaction && open;
      if (!joins) script.groups.push_back(StepGroup{step.mode != TxMode::none, {}});
      script.groups.back().steps.push_back(GroupedStep{std::move(pending), step.sql});
      pending.clear();
      open = step.mode == TxMode::transaction;
      if (step.mode == TxMode::none) script.needs_no_transaction = true;
    }
  }
  script.trailing_comments = std::move(pending);
  return script;
}

}  // namespace pgmorph::codegen
