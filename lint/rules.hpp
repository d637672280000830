// The interface between the linter's driver (linter.cpp) and the rule families, one file per
// family: rules_index, rules_constraint, rules_column, rules_table, rules_destructive,
// rules_transaction, rules_style. Each family looks at the current statement and the model
// *before* the statement's own effects are applied.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/lint.hpp"
#include "lint/model.hpp"

namespace pgmorph::lint {

/// A finding before severity and suppression are applied.
struct RawFinding {
  std::string_view slug;
  std::size_t statement = 0;  ///< index into the file's statements
  std::string message;
  int offset = -1;  ///< byte offset of the offending clause in the statement, -1 = its start
};

/// One file being linted.
struct FileContext {
  std::vector<Statement> statements;
  std::vector<schema::SourceLocation> locations;  ///< where each statement starts
  std::vector<std::string> texts;                 ///< each statement's source text
  std::vector<std::size_t> offsets;               ///< byte offset of each statement in the file
  std::vector<RawFinding> findings;
  bool wrapped = false;  ///< the runner wraps this file in one transaction
  /// Foreign keys seen, checked for a supporting index at the end of the file (S109).
  struct ForeignKey {
    std::string table;
    std::vector<std::string> columns;
    std::size_t statement;
  };
  std::vector<ForeignKey> foreign_keys;
};

/// What a rule sees: the statement, the model, the settings and where to report.
struct RuleContext {
  FileContext& file;
  std::size_t index;
  Model& model;
  const LintSettings& settings;

  const Statement& statement() const { return file.statements[index]; }
  const std::string& kind() const { return statement().kind; }
  const Json& body() const { return statement().body; }
  void report(std::string_view slug, std::string message) const {
    file.findings.push_back({slug, index, std::move(message), -1});
  }
  /// Reports at the clause `node` (a ColumnDef or Constraint body with a `location`).
  void report_at(const Json& node, std::string_view slug, std::string message) const {
    const Json& location = field(node, "location");
    file.findings.push_back({slug, index, std::move(message), location.is_number() ? location.get<int>() : -1});
  }
  /// True when `table` (a model key) was created by the linted files.
  bool is_new(const std::string& table) const { return model.is_new(table); }
  bool pg_at_least(int major) const { return settings.pg_version.major >= major; }
};

/// Table lock strength, in PostgreSQL's order.
enum class LockLevel { none, share_update_exclusive, share, share_row_exclusive, exclusive, access_exclusive };

/// The existing (not new) tables the statement locks, with the strongest lock on each.
std::vector<std::pair<std::string, LockLevel>> locks_taken(const RuleContext& context);

/// The AlterTableCmd bodies of an ALTER TABLE statement (empty for other statements).
std::vector<const Json*> alter_commands(const RuleContext& context);

/// The constraint bodies of a ColumnDef body.
std::vector<const Json*> column_constraints(const Json& column_def);

/// True when the ColumnDef has a constraint of this contype ("CONSTR_DEFAULT").
bool has_constraint(const Json& column_def, std::string_view contype);

/// L101-L104, L117, L127, C110 (indexes), S108.
void check_index_rules(const RuleContext& context);
/// L105-L112, L122, C110 (constraints), D109; records foreign keys for S109.
void check_constraint_rules(const RuleContext& context);
/// L108, L113-L116, C105, C106, C109.
void check_column_rules(const RuleContext& context);
/// L118-L121, C101-C104, C107, C111, C113.
void check_table_rules(const RuleContext& context);
/// D101-D108, C112, C114.
void check_destructive_rules(const RuleContext& context);
/// T101, T103, L123-L126, C108, S110 (T102 at the end of the file).
void check_transaction_rules(const RuleContext& context);
/// S101-S107, S111, S112, T104 (T105 in check_identifiers).
void check_style_rules(const RuleContext& context);

/// Applies BEGIN/COMMIT, SET [LOCAL] timeouts and the locks held by the transaction.
void apply_session_effects(const RuleContext& context);

/// T102: a BEGIN still open at the end of the file.
void check_transaction_end(FileContext& file, const Model& model);

/// T105: identifiers longer than 63 bytes in the statement's source `text`.
void check_identifiers(const RuleContext& context, const std::string& text);

/// End-of-file checks (foreign keys without an index).
void check_file_end(FileContext& file, const Model& model, const LintSettings& settings);

}  // namespace pgmorph::lint
