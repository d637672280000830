// Constraints added to or validated on existing tables: L105-L112, L122, C110 (constraints),
// D109, and the foreign keys S109 checks at the end of the file.
#include "lint/rules.hpp"

#include <algorithm>

namespace pgmorph::lint {

namespace {

std::string label(const Json& constraint) {
  const std::string name = str(constraint, "conname");
  return name.empty() ? "constraint" : "constraint " + name;
}

std::vector<std::string> key_columns(const RuleContext& context, const std::string& table, const Json& constraint) {
  const std::string index = str(constraint, "indexname");
  if (index.empty()) return names(items(constraint, "keys"));
  auto found = context.model.tables.find(table);
  if (found != context.model.tables.end())
    for (const auto& known : found->second.indexes)
      if (known.name == index) return known.columns;
  return {};
}

// A primary key makes its columns NOT NULL, which scans the table unless they already are.
void check_primary_key_nullability(const RuleContext& context, const std::string& table, const Json& constraint) {
  const auto columns = key_columns(context, table, constraint);
  bool all_not_null = !columns.empty();
  for (const auto& column : columns) {
    const ColumnModel* known = context.model.column(table, column);
    all_not_null = all_not_null && known != nullptr && known->not_null;
  }
  if (!all_not_null)
    context.report("primary-key-on-nullable-columns",
                   "the primary key on " + table + " sets NOT NULL on columns not known to be NOT NULL (a full scan)");
}

void check_added_constraint(const RuleContext& context, const std::string& table, const Json& constraint) {
  const std::string type = str(constraint, "contype");
  const bool not_valid = flag(constraint, "skip_validation");
  const bool using_index = !str(constraint, "indexname").empty();
  if (type == "CONSTR_FOREIGN") {
    const auto columns = names(items(constraint, "fk_attrs"));
    context.file.foreign_keys.push_back({table, columns, context.index});
  }
  if (context.is_new(table)) return;
  if (type == "CONSTR_CHECK" && !not_valid)
    context.report_at(constraint, "add-check-without-not-valid",
                   "adding CHECK " + label(constraint) + " to " + table + " scans it under ACCESS EXCLUSIVE");
  if (type == "CONSTR_FOREIGN" && !not_valid)
    context.report_at(constraint, "add-foreign-key-without-not-valid",
                   "adding FOREIGN KEY " + label(constraint) + " to " + table +
                       " scans it while both tables are locked SHARE ROW EXCLUSIVE");
  if (type == "CONSTR_UNIQUE" && !using_index)
    context.report_at(constraint, "add-unique-constraint-without-index",
                   "adding UNIQUE " + label(constraint) + " to " + table + " builds its index under ACCESS EXCLUSIVE");
  if (type == "CONSTR_PRIMARY" && !using_index)
    context.report_at(constraint, "add-primary-key-without-index",
                   "adding a PRIMARY KEY to " + table + " builds its index under ACCESS EXCLUSIVE");
  if (type == "CONSTR_PRIMARY") check_primary_key_nullability(context, table, constraint);
  if ((type == "CONSTR_UNIQUE" || type == "CONSTR_PRIMARY") && !using_index)
    context.report("unique-index-data-dependent",
                   "the new unique " + label(constraint) + " on " + table + " fails if the data has duplicates");
  if (type == "CONSTR_EXCLUSION")
    context.report_at(constraint, "add-exclusion-constraint",
                   "adding EXCLUDE " + label(constraint) + " to " + table + " builds and checks it under ACCESS EXCLUSIVE");
}

void check_added_column(const RuleContext& context, const std::string& table, const Json& def) {
  for (const Json* constraint : column_constraints(def)) {
    const std::string type = str(*constraint, "contype");
    if (type == "CONSTR_FOREIGN") {
      context.file.foreign_keys.push_back({table, {str(def, "colname")}, context.index});
      // The new column is all NULL, so validation is trivial, but the parent is still
      // locked SHARE ROW EXCLUSIVE (safety.md §1.4).
      if (!context.is_new(table))
        context.report_at(*constraint, "add-foreign-key-without-not-valid",
                       "ADD COLUMN " + str(def, "colname") + " ... REFERENCES locks " + table +
                           " and the referenced table SHARE ROW EXCLUSIVE; add the column, then the FK NOT VALID");
    }
    if (context.is_new(table)) continue;
    if (type == "CONSTR_UNIQUE")
      context.report_at(*constraint, "add-unique-constraint-without-index",
                     "ADD COLUMN " + str(def, "colname") + " ... UNIQUE builds an index on " + table +
                         " under ACCESS EXCLUSIVE");
    if (type == "CONSTR_PRIMARY")
      context.report_at(*constraint, "add-primary-key-without-index",
                     "ADD COLUMN " + str(def, "colname") + " ... PRIMARY KEY builds an index on " + table +
                         " under ACCESS EXCLUSIVE");
    if (type == "CONSTR_UNIQUE" && has_constraint(def, "CONSTR_DEFAULT"))
      context.report("unique-index-data-dependent",
                     "a UNIQUE column with a DEFAULT fails on a table with more than one row");
  }
}

// Is the constraint added again (or was it added) elsewhere in the same file?
bool readded_in_file(const RuleContext& context, const std::string& table, const std::string& name) {
  for (std::size_t i = 0; i < context.file.statements.size(); ++i) {
    const Statement& other = context.file.statements[i];
    if (other.kind != "AlterTableStmt" || table_key(field(other.body, "relation")) != table) continue;
    for (const auto& item : items(other.body, "cmds")) {
      const Json& cmd = node_body(item);
      if (str(cmd, "subtype") == "AT_AddConstraint" && str(node_body(field(cmd, "def")), "conname") == name)
        return true;
    }
  }
  return false;
}

void check_alter_table(const RuleContext& context) {
  const std::string table = table_key(field(context.body(), "relation"));
  const TransactionModel& txn = context.model.txn;
  for (const Json* cmd : alter_commands(context)) {
    const std::string subtype = str(*cmd, "subtype");
    const Json& def = node_body(field(*cmd, "def"));
    if (subtype == "AT_AddConstraint") check_added_constraint(context, table, def);
    if (subtype == "AT_AddColumn") check_added_column(context, table, def);
    if (subtype == "AT_ValidateConstraint" && txn.open &&
        (txn.not_valid_added.contains({table, str(*cmd, "name")}) || txn.strongly_locked.contains(table)))
      context.report("validate-in-same-transaction",
                     "VALIDATE CONSTRAINT " + str(*cmd, "name") +
                         " runs in the transaction that added it or locked " + table +
                         ", so the lock is held for the whole scan");
    if (subtype == "AT_DropConstraint" && !context.is_new(table) &&
        !readded_in_file(context, table, str(*cmd, "name")))
      context.report("drop-constraint", "DROP CONSTRAINT " + str(*cmd, "name") + " on " + table +
                                            " removes an integrity guarantee");
  }
}

void check_create_table(const RuleContext& context) {
  const std::string table = table_key(field(context.body(), "relation"));
  for (const auto& element : items(context.body(), "tableElts")) {
    const Json& body = node_body(element);
    if (node_kind(element) == "Constraint" && str(body, "contype") == "CONSTR_FOREIGN")
      context.file.foreign_keys.push_back({table, names(items(body, "fk_attrs")), context.index});
    if (node_kind(element) == "ColumnDef" && has_constraint(body, "CONSTR_FOREIGN"))
      context.file.foreign_keys.push_back({table, {str(body, "colname")}, context.index});
  }
}

void check_domain(const RuleContext& context) {
  const Json& body = context.body();
  if (context.kind() == "CreateDomainStmt") {
    for (const auto& item : items(body, "constraints"))
      if (str(node_body(item), "contype") == "CONSTR_CHECK")
        context.report("domain-check-constraint",
                       "a CHECK on a domain is checked on every column of the domain; later changes lock and scan them all");
    return;
  }
  const Json& constraint = node_body(field(body, "def"));
  if (str(body, "subtype") == "C" && !flag(constraint, "skip_validation"))
    context.report("domain-check-constraint",
                   "ALTER DOMAIN ... ADD CONSTRAINT without NOT VALID scans every column of the domain");
}

}  // namespace

void check_constraint_rules(const RuleContext& context) {
  if (context.kind() == "AlterTableStmt") check_alter_table(context);
  if (context.kind() == "CreateStmt") check_create_table(context);
  if (context.kind() == "CreateDomainStmt" || context.kind() == "AlterDomainStmt") check_domain(context);
}

void check_file_end(FileContext& file, const Model& model, const LintSettings&) {
  for (const auto& key : file.foreign_keys) {
    auto table = model.tables.find(key.table);
    // Without the table's shape its indexes are unknown: no claim either way.
    if (table == model.tables.end() || !table->second.shape_known || key.columns.empty()) continue;
    bool covered = false;
    for (const auto& index : table->second.indexes) {
      if (index.partial || index.columns.size() < key.columns.size()) continue;
      std::vector<std::string> lead(index.columns.begin(), index.columns.begin() + key.columns.size());
      std::vector<std::string> wanted = key.columns;
      std::sort(lead.begin(), lead.end());
      std::sort(wanted.begin(), wanted.end());
      covered = covered || lead == wanted;
    }
    if (!covered) {
      std::string columns;
      for (const auto& column : key.columns) {
        if (!columns.empty()) columns += ", ";
        columns += column;
      }
      file.findings.push_back({"foreign-key-missing-index", key.statement,
                               "no index on " + key.table + " (" + columns +
                                   "): deletes and updates of the referenced rows scan " + key.table});
    }
  }
}

}  // namespace pgmorph::lint
