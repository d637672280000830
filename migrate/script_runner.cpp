#include "migrate/script_runner.hpp"

#include <fmt/format.h>

namespace pgmorph::migrate {

std::optional<StatementFailure> run_script(SqlSession& session, const std::string& script,
                                           const std::string& name) {
  schema::Diagnostics split_errors;
  const auto statements = parser::split_script(script, name, split_errors);
  if (!statements) {
    StatementFailure failure;
    failure.statement.location.path = name;
    if (!split_errors.empty()) {
      failure.error = {"42601", split_errors.front().message, "", "", 0};
      if (split_errors.front().location) failure.statement.location = *split_errors.front().location;
    } else {
      failure.error = {"42601", "the script cannot be split into statements", "", "", 0};
    }
    return failure;
  }
  for (const parser::ScriptStatement& statement : *statements) {
    if (auto error = session.execute(statement.text)) {
      // Why: an aborted transaction block would swallow whatever the caller runs next.
      if (session.in_transaction()) session.execute("ROLLBACK");
      return StatementFailure{statement, std::move(*error)};
    }
  }
  return std::nullopt;
}

std::string describe_failure(const StatementFailure& failure, int max_statement_lines) {
  const auto& where = failure.statement.location;
  std::string text = fmt::format("{}:{}: {}: {}", where.path, where.line, failure.error.sqlstate,
                                 failure.error.message);
  if (!failure.error.detail.empty()) text += "\n  DETAIL: " + failure.error.detail;
  if (!failure.error.hint.empty()) text += "\n  HINT: " + failure.error.hint;
  if (!failure.statement.text.empty()) {
    text += "\n  statement:";
    int lines = 0;
    std::size_t start = 0;
    const std::string& statement = failure.statement.text;
    while (start < statement.size() && lines < max_statement_lines) {
      std::size_t end = statement.find('\n', start);
      if (end == std::string::npos) end = statement.size();
      text += "\n    " + statement.substr(start, end - start);
      start = end + 1;
      ++lines;
    }
    if (start < statement.size()) text += "\n    ...";
  }
  return text;
}

}  // namespace pgmorph::migrate
