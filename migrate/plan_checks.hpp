// A migration file checked before anything runs, and cut into the units the runner commits
// one at a time: the file's own BEGIN..COMMIT blocks, single statements PostgreSQL refuses to
// run in a transaction (CREATE INDEX CONCURRENTLY and friends), and the rest wrapped by the
// runner. A unit is what the history row's statements_applied counts past.
#pragma once

#include "parser/parse.hpp"
#include "schema/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pgmorph::migrate {

enum class StatementKind {
  ordinary,
  begin,              ///< BEGIN / START TRANSACTION
  commit,             ///< COMMIT / END
  rollback,           ///< ROLLBACK / ABORT
  non_transactional,  ///< cannot run inside a transaction block
};

struct PlannedStatement {
  parser::ScriptStatement statement;
  StatementKind kind = StatementKind::ordinary;
  /// For CREATE/DROP INDEX CONCURRENTLY: the index name as written (maybe schema-qualified
  /// or quoted), used to reconcile with pg_index after an interruption; "" otherwise.
  std::string index_name;
  bool creates_index = false;  ///< CREATE INDEX CONCURRENTLY (false for DROP)
};

/// How a unit runs. wrapped: the runner adds BEGIN and COMMIT; own_block: the file's BEGIN ..
/// COMMIT; autocommit: one non-transactional statement on its own.
enum class UnitMode { wrapped, own_block, autocommit };

struct Unit {
  std::size_t first = 0;  ///< index of its first statement
  std::size_t count = 0;
  UnitMode mode = UnitMode::wrapped;
};

struct MigrationScript {
  std::string path;  ///< as shown in diagnostics
  std::string content;
  std::vector<PlannedStatement> statements;
  std::vector<Unit> units;
};

/// Splits and checks `content` (named `path`). Problems (a syntax error, BEGIN without
/// COMMIT, nested BEGIN, COMMIT or ROLLBACK outside a block, ROLLBACK inside one, a
/// non-transactional statement inside BEGIN..COMMIT) go to `diagnostics` with
/// path:line:col, and the result is empty.
std::optional<MigrationScript> check_script(const std::string& path, std::string content,
                                            schema::Diagnostics& diagnostics);

/// The keyword-level kind of one statement (comments and quoted text skipped).
PlannedStatement classify(const parser::ScriptStatement& statement);

/// Where the server's 1-based character `position` inside `statement` lies in the file
/// `content`: line, character column and that line's text.
schema::SourceLocation locate_in_statement(const parser::ScriptStatement& statement, int position,
                                           const std::string& content);

}  // namespace pgmorph::migrate
