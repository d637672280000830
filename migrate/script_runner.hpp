// Running a migration script the way `psql -X -v ON_ERROR_STOP=1 -f` does: statement by
// statement, stopping at the first error, with that statement and its line kept.
#pragma once

#include "migrate/sql_session.hpp"
#include "parser/parse.hpp"
#include "schema/diagnostic.hpp"

#include <optional>
#include <string>

namespace pgmorph::migrate {

/// The statement that failed and what the server said.
struct StatementFailure {
  parser::ScriptStatement statement;  ///< location.path is the script's name
  ServerError error;
};

/// Runs every statement of `script` (named `name` in locations) on `session` in order and
/// stops at the first failure. An open transaction block is rolled back after a failure,
/// as psql's session ends. A script that does not split (a syntax error) fails with the
/// error the splitter reported, as SQLSTATE 42601.
std::optional<StatementFailure> run_script(SqlSession& session, const std::string& script,
                                           const std::string& name);

/// The failure for people: `name:line: SQLSTATE: message`, then DETAIL and HINT lines when
/// the server sent them, then the statement (at most `max_statement_lines` lines).
std::string describe_failure(const StatementFailure& failure, int max_statement_lines = 12);

}  // namespace pgmorph::migrate
