// What the linter knows while it reads a migration: the tables, columns, indexes and
// constraints that exist (from the setup file and from earlier statements), and the state of
// the current transaction. Plain values, updated statement by statement after the rules ran.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "lint/tree.hpp"
#include "schema/diagnostic.hpp"

namespace pgmorph::lint {

struct ColumnModel {
  TypeRef type;
  bool not_null = false;
  bool added_here = false;  ///< added by the linted files
};

/// A complete (non-partial) index, or a unique / primary key constraint's index.
struct IndexModel {
  std::string name;
  std::vector<std::string> columns;  ///< "" for an expression
  bool partial = false;
};

struct TableModel {
  bool is_new = false;       ///< created by the linted files: empty, nobody else uses it
  bool shape_known = false;  ///< columns, indexes and constraints are all known
  std::map<std::string, ColumnModel> columns;
  std::vector<IndexModel> indexes;
  std::set<std::string> validated_not_null_checks;        ///< columns with CHECK (c IS NOT NULL)
  std::map<std::string, std::string> pending_not_null;    ///< NOT VALID check name -> column
  std::set<std::string> constraints;                      ///< names known to exist
};

/// The transaction the next statement runs in.
struct TransactionModel {
  bool open = false;
  bool explicit_begin = false;  ///< opened by a BEGIN in the file (not by the runner)
  schema::SourceLocation begin_at;
  bool local_lock_timeout = false;       ///< SET LOCAL lock_timeout inside this transaction
  bool local_statement_timeout = false;
  std::set<std::pair<std::string, std::string>> not_valid_added;  ///< (table, constraint)
  std::set<std::string> enum_values_added;
  std::set<std::string> exclusive_tables;  ///< existing tables locked ACCESS EXCLUSIVE
  std::set<std::string> strongly_locked;   ///< SHARE ROW EXCLUSIVE or stronger
  bool has_ddl = false;
  std::vector<std::size_t> unflagged_dml;  ///< statement indexes of DML awaiting a DDL
  std::map<std::string, int> alters;       ///< ALTER TABLE count per table
};

struct Model {
  std::map<std::string, TableModel> tables;  ///< by unqualified name
  std::map<std::string, std::string> index_table;  ///< index name -> table
  std::set<std::string> new_indexes, new_schemas, new_sequences, new_types, new_functions;
  bool lock_timeout = false;       ///< session-level SET lock_timeout in effect
  bool statement_timeout = false;
  bool timezone_utc = false;
  TransactionModel txn;

  /// The table named by a RangeVar body (unqualified key), created empty when unseen.
  TableModel& table(const std::string& name) { return tables[name]; }
  /// True when `name` was created by the linted files.
  bool is_new(const std::string& name) const {
    auto found = tables.find(name);
    return found != tables.end() && found->second.is_new;
  }
  /// The known column, or nullptr (unknown shape or no such column).
  const ColumnModel* column(const std::string& table_name, const std::string& column_name) const;
};

/// The model key of a RangeVar body: the relation name without its schema.
std::string table_key(const Json& range_var);

/// Applies the effects of one statement to `model` (tables created, columns added, indexes,
/// constraints, enum values, settings). Transaction control is handled by the linter.
/// `in_setup` marks the setup file, whose objects already exist before the migration.
void apply_statement(Model& model, const Statement& statement, bool in_setup);

}  // namespace pgmorph::lint
