// Transactions, timeouts and what is held while statements run: T101-T103, L123-L126, C108,
// and the session state they depend on (BEGIN/COMMIT, SET [LOCAL] timeouts, locks held).
#include "lint/rules.hpp"

#include <cctype>

namespace pgmorph::lint {

namespace {

bool is_dml(const std::string& kind) {
  return kind == "UpdateStmt" || kind == "DeleteStmt" || kind == "InsertStmt" || kind == "MergeStmt";
}

bool is_ddl(const std::string& kind) {
  return !kind.empty() && !is_dml(kind) && kind != "SelectStmt" && kind != "VariableSetStmt" &&
         kind != "VariableShowStmt" && kind != "TransactionStmt" && kind != "ExplainStmt" && kind != "DoStmt" &&
         kind != "CallStmt" && kind != "CopyStmt" && kind != "NotifyStmt" && kind != "LockStmt";
}

std::string dml_target(const RuleContext& context) { return table_key(field(context.body(), "relation")); }

// UPDATE/DELETE, or INSERT fed by a query (not VALUES), on a table that is not new.
bool is_backfill(const RuleContext& context) {
  const std::string& kind = context.kind();
  if (!is_dml(kind) || context.is_new(dml_target(context))) return false;
  if (kind != "InsertStmt") return true;
  const Json& select = node_body(field(context.body(), "selectStmt"));
  return !select.is_null() && !select.empty() && items(select, "valuesLists").empty();
}

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The value of SET name = value as text ("" for DEFAULT / RESET).
std::string set_value(const Json& body) {
  const auto& args = items(body, "args");
  if (args.empty()) return "";
  const Json& constant = node_body(args.front());
  if (field(constant, "sval").is_object()) return str(field(constant, "sval"), "sval");
  const Json& ival = field(field(constant, "ival"), "ival");
  return ival.is_number() ? std::to_string(ival.get<int>()) : "0";
}

// `DROP CONSTRAINT IF EXISTS c` earlier in the file makes a later `ADD CONSTRAINT c` rerunnable.
bool dropped_if_exists_before(const RuleContext& context, const std::string& name) {
  const std::string table = table_key(field(context.body(), "relation"));
  for (std::size_t i = 0; i < context.index && !name.empty(); ++i) {
    const Statement& other = context.file.statements[i];
    if (other.kind != "AlterTableStmt" || table_key(field(other.body, "relation")) != table) continue;
    for (const auto& item : items(other.body, "cmds")) {
      const Json& cmd = node_body(item);
      if (str(cmd, "subtype") == "AT_DropConstraint" && flag(cmd, "missing_ok") && str(cmd, "name") == name) return true;
    }
  }
  return false;
}

bool unguarded(const RuleContext& context) {
  const std::string& kind = context.kind();
  const Json& body = context.body();
  if (kind == "CreateStmt" || kind == "IndexStmt" || kind == "CreateSeqStmt" || kind == "CreateSchemaStmt" ||
      kind == "CreateExtensionStmt" || kind == "CreateTableAsStmt")
    return !flag(body, "if_not_exists");
  if (kind == "ViewStmt" || kind == "CreateFunctionStmt" || kind == "CreateTrigStmt") return !flag(body, "replace");
  if (kind == "DropStmt") return !flag(body, "missing_ok");
  if (kind == "CreateEnumStmt" || kind == "CreateDomainStmt" || kind == "CreatePolicyStmt") return true;
  for (const Json* cmd : alter_commands(context)) {
    const std::string subtype = str(*cmd, "subtype");
    if ((subtype == "AT_AddColumn" || subtype == "AT_DropColumn" || subtype == "AT_DropConstraint") &&
        !flag(*cmd, "missing_ok"))
      return true;
    if (subtype == "AT_AddIndex") return true;
    if (subtype == "AT_AddConstraint" && !dropped_if_exists_before(context, str(node_body(field(*cmd, "def")), "conname")))
      return true;
  }
  return false;
}

bool uses_value(const Json& body, const std::set<std::string>& values) {
  bool used = false;
  visit_nodes(body, [&](const std::string& kind, const Json& node) {
    if (kind == "A_Const" && field(node, "sval").is_object() && values.contains(str(field(node, "sval"), "sval")))
      used = true;
  });
  return used;
}

void check_transaction_control(const RuleContext& context) {
  const std::string kind = str(context.body(), "kind");
  const TransactionModel& txn = context.model.txn;
  const bool begin = kind == "TRANS_STMT_BEGIN" || kind == "TRANS_STMT_START";
  const bool end = kind == "TRANS_STMT_COMMIT" || kind == "TRANS_STMT_ROLLBACK";
  if (!begin && !end) return;
  if (context.file.wrapped)
    context.report("transaction-nesting", "explicit transaction control in a file the runner already wraps in a transaction");
  else if (begin && txn.open)
    context.report("transaction-nesting", "BEGIN inside an open transaction is ignored (only a warning): the "
                                          "first COMMIT ends both");
  else if (end && !txn.open)
    context.report("transaction-nesting", "COMMIT/ROLLBACK without a BEGIN");
}

}  // namespace

void check_transaction_rules(const RuleContext& context) {
  const std::string& kind = context.kind();
  Model& model = context.model;
  TransactionModel& txn = model.txn;
  if (kind == "TransactionStmt") check_transaction_control(context);
  const auto locks = locks_taken(context);
  bool write_blocking = false;
  for (const auto& lock : locks) write_blocking = write_blocking || lock.second >= LockLevel::share;
  const bool lock_timeout = model.lock_timeout || (txn.open && txn.local_lock_timeout);
  const bool statement_timeout = model.statement_timeout || (txn.open && txn.local_statement_timeout);
  if (write_blocking && !lock_timeout)
    context.report("missing-lock-timeout", "this statement waits for a table lock with no lock_timeout set: "
                                           "while it waits, every later query on the table queues behind it");
  if (!locks.empty() && !statement_timeout)
    context.report("missing-statement-timeout", "this statement locks a table with no statement_timeout set");
  // Any further work extends the outage, not only statements that lock a second table.
  if (txn.open && !txn.exclusive_tables.empty() && kind != "TransactionStmt" && kind != "VariableSetStmt" &&
      kind != "VariableShowStmt")
    context.report("statements-after-access-exclusive",
                   "the transaction already holds ACCESS EXCLUSIVE on " + *txn.exclusive_tables.begin() +
                       ": every further statement extends the outage and risks lock-order deadlocks");
  // L126: DML in the transaction of DDL (either order), or a whole-table UPDATE anywhere.
  const bool backfill = is_backfill(context);
  const bool whole_table_update = kind == "UpdateStmt" && field(context.body(), "whereClause").is_null() && backfill;
  if (backfill && ((txn.open && txn.has_ddl) || whole_table_update))
    context.report("backfill-in-migration", whole_table_update && !(txn.open && txn.has_ddl)
                                                ? "UPDATE without WHERE rewrites every row in one statement: batch it"
                                                : "data changes in the DDL's transaction hold its locks while every row is written");
  else if (backfill && txn.open)
    txn.unflagged_dml.push_back(context.index);
  if (txn.open && is_ddl(kind) && kind != "TransactionStmt") {
    for (std::size_t dml : txn.unflagged_dml)
      context.file.findings.push_back({"backfill-in-migration", dml,
                                       "data changes in the DDL's transaction hold its locks while every row is written"});
    txn.unflagged_dml.clear();
  }
  // Before PostgreSQL 12 the ADD VALUE itself fails in a transaction (L104).
  if (txn.open && context.pg_at_least(12) && !txn.enum_values_added.empty() && kind != "AlterEnumStmt" &&
      uses_value(context.body(), txn.enum_values_added))
    context.report("enum-value-used-in-same-transaction",
                   "an enum value added in this transaction is used before COMMIT: \"New enum values must be committed "
                   "before they can be used\"");
  if (!txn.open && !context.file.wrapped && context.file.statements.size() > 1 && unguarded(context))
    context.report("non-idempotent-ddl", "outside a transaction and without IF [NOT] EXISTS: a retry after a partial "
                                         "failure fails here");
  if (kind == "AlterTableStmt" && txn.open) {
    const std::string table = table_key(field(context.body(), "relation"));
    if (!context.is_new(table) && ++txn.alters[table] == 2)
      context.report("multiple-alter-same-table", "a second ALTER TABLE " + table +
                                                      " in this transaction: merge the changes into one statement");
  }
}

// SELECT [pg_catalog.]set_config('name', 'value', is_local) with constant arguments.
bool set_config_call(const Json& select, std::string& name, std::string& value, bool& local) {
  const auto& targets = items(select, "targetList");
  if (targets.size() != 1) return false;
  const Json& call = field(node_body(targets.front()), "val");
  if (node_kind(call) != "FuncCall") return false;
  const auto function = names(items(node_body(call), "funcname"));
  const auto& args = items(node_body(call), "args");
  if (function.empty() || function.back() != "set_config" || args.size() != 3) return false;
  auto text = [](const Json& node) {
    const Json& constant = node_body(node);
    if (field(constant, "sval").is_object()) return str(field(constant, "sval"), "sval");
    if (field(constant, "boolval").is_object()) return std::string(flag(field(constant, "boolval"), "boolval") ? "true" : "false");
    const Json& ival = field(field(constant, "ival"), "ival");
    return ival.is_number() ? std::to_string(ival.get<int>()) : std::string("0");
  };
  name = lower(text(args[0]));
  value = text(args[1]);
  local = text(args[2]) == "true";
  return true;
}

void apply_session_effects(const RuleContext& context) {
  Model& model = context.model;
  TransactionModel& txn = model.txn;
  const std::string& kind = context.kind();
  const Json& body = context.body();
  if (kind == "TransactionStmt") {
    const std::string type = str(body, "kind");
    if (type == "TRANS_STMT_BEGIN" || type == "TRANS_STMT_START") {
      if (!txn.open) {
        txn = TransactionModel{};
        txn.open = true;
        txn.explicit_begin = true;
        txn.begin_at = context.file.locations[context.index];
      }
    } else if (type == "TRANS_STMT_COMMIT" || type == "TRANS_STMT_ROLLBACK") {
      txn = TransactionModel{};
    }
    return;
  }
  std::string name, set_kind, value;
  bool local = false;
  if (kind == "VariableSetStmt") {
    name = lower(str(body, "name"));
    set_kind = str(body, "kind");
    value = set_value(body);
    local = flag(body, "is_local");
  } else if (kind == "SelectStmt" && set_config_call(body, name, value, local)) {
    set_kind = "VAR_SET_VALUE";  // SELECT set_config('lock_timeout', '2s', false), as pg_dump writes
  }
  if (!set_kind.empty()) {
    // 0 disables the timeout; SET LOCAL outside a transaction only warns and does nothing.
    const bool zero = !value.empty() && value.find_first_not_of("0") != 0 &&
                      (value.size() == 1 || !std::isdigit(static_cast<unsigned char>(value[value.find_first_not_of("0")])));
    const bool on = set_kind == "VAR_SET_VALUE" && !zero && !value.empty();
    if (set_kind == "VAR_RESET_ALL") {
      model.lock_timeout = model.statement_timeout = false;
      txn.local_lock_timeout = txn.local_statement_timeout = false;
    }
    if (name == "lock_timeout") (local ? txn.local_lock_timeout : model.lock_timeout) = on && (!local || txn.open);
    if (name == "statement_timeout")
      (local ? txn.local_statement_timeout : model.statement_timeout) = on && (!local || txn.open);
    if (name == "timezone" && !local) model.timezone_utc = lower(value) == "utc" || lower(value) == "etc/utc";
    return;
  }
  if (!txn.open) return;
  if (is_ddl(kind)) txn.has_ddl = true;
  for (const auto& [table, level] : locks_taken(context)) {
    if (level == LockLevel::access_exclusive) txn.exclusive_tables.insert(table);
    if (level >= LockLevel::share) txn.strongly_locked.insert(table);
  }
}

void check_transaction_end(FileContext& file, const Model& model) {
  if (!file.wrapped && model.txn.open && model.txn.explicit_begin) {
    for (std::size_t i = 0; i < file.locations.size(); ++i)
      if (file.locations[i].line == model.txn.begin_at.line && file.locations[i].column == model.txn.begin_at.column)
        file.findings.push_back({"uncommitted-transaction", i,
                                 "this BEGIN has no COMMIT before the end of the file: nothing it did persists"});
  }
}

}  // namespace pgmorph::lint
