// Which table locks a statement takes (docs/safety.md §1.2 "Lock" column, measured on
// PostgreSQL 15). Used by the timeout rules (L123, L124), statements-after-access-exclusive
// (L125) and validate-in-same-transaction (L107).
#include "lint/rules.hpp"

namespace pgmorph::lint {

namespace {

LockLevel alter_command_lock(const Json& cmd) {
  const std::string subtype = str(cmd, "subtype");
  if (subtype == "AT_ValidateConstraint" || subtype == "AT_SetStatistics" ||
      subtype == "AT_SetOptions" || subtype == "AT_ResetOptions" || subtype == "AT_SetRelOptions" ||
      subtype == "AT_ResetRelOptions" || subtype == "AT_ClusterOn" || subtype == "AT_DropCluster" ||
      subtype == "AT_AttachPartition" || subtype == "AT_DetachPartitionFinalize")
    return LockLevel::share_update_exclusive;
  if (subtype == "AT_DetachPartition" && flag(node_body(field(cmd, "def")), "concurrent"))
    return LockLevel::share_update_exclusive;
  if (subtype.starts_with("AT_EnableTrig") || subtype.starts_with("AT_DisableTrig") ||
      subtype == "AT_EnableAlwaysTrig" || subtype == "AT_EnableReplicaTrig")
    return LockLevel::share_row_exclusive;
  if (subtype == "AT_AddConstraint" &&
      str(node_body(field(cmd, "def")), "contype") == "CONSTR_FOREIGN")
    return LockLevel::share_row_exclusive;
  return LockLevel::access_exclusive;
}

void add(std::vector<std::pair<std::string, LockLevel>>& out, const RuleContext& context,
         const std::string& table, LockLevel level) {
  if (table.empty() || level == LockLevel::none || context.is_new(table)) return;
  for (auto& [name, existing] : out) {
    if (name == table) {
      if (level > existing) existing = level;
      return;
    }
  }
  out.emplace_back(table, level);
}

std::string last_string(const Json& object) {
  std::string last;
  visit_nodes(object, [&](const std::string& kind, const Json& body) {
    if (kind == "String") last = str(body, "sval");
  });
  return last;
}

}  // namespace

std::vector<const Json*> alter_commands(const RuleContext& context) {
  std::vector<const Json*> out;
  if (context.kind() != "AlterTableStmt") return out;
  for (const auto& item : items(context.body(), "cmds")) out.push_back(&node_body(item));
  return out;
}

std::vector<const Json*> column_constraints(const Json& column_def) {
  std::vector<const Json*> out;
  for (const auto& item : items(column_def, "constraints")) out.push_back(&node_body(item));
  return out;
}

bool has_constraint(const Json& column_def, std::string_view contype) {
  for (const Json* constraint : column_constraints(column_def))
    if (str(*constraint, "contype") == contype) return true;
  return false;
}

std::vector<std::pair<std::string, LockLevel>> locks_taken(const RuleContext& context) {
  std::vector<std::pair<std::string, LockLevel>> out;
  const Json& body = context.body();
  const std::string& kind = context.kind();
  if (kind == "AlterTableStmt") {
    LockLevel level = LockLevel::none;
    for (const Json* cmd : alter_commands(context)) level = std::max(level, alter_command_lock(*cmd));
    std::string table = table_key(field(body, "relation"));
    if (str(body, "objtype") == "OBJECT_INDEX" && context.model.index_table.contains(table))
      table = context.model.index_table.at(table);
    add(out, context, table, level);
  } else if (kind == "IndexStmt") {
    add(out, context, table_key(field(body, "relation")),
        flag(body, "concurrent") ? LockLevel::share_update_exclusive : LockLevel::share);
  } else if (kind == "DropStmt") {
    const std::string type = str(body, "removeType");
    for (const auto& object : items(body, "objects")) {
      const std::string name = last_string(object);
      if (type == "OBJECT_TABLE" || type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW")
        add(out, context, name, LockLevel::access_exclusive);
      if (type == "OBJECT_INDEX" && !context.model.new_indexes.contains(name)) {
        auto table = context.model.index_table.find(name);
        add(out, context, table == context.model.index_table.end() ? name : table->second,
            flag(body, "concurrent") ? LockLevel::share_update_exclusive : LockLevel::access_exclusive);
      }
      if (type == "OBJECT_TRIGGER" || type == "OBJECT_POLICY" || type == "OBJECT_RULE") {
        const auto parts = names(node_body(object).contains("items") ? items(node_body(object), "items") : Json::array());
        add(out, context, parts.size() >= 2 ? parts[parts.size() - 2] : name, LockLevel::access_exclusive);
      }
    }
  } else if (kind == "TruncateStmt") {
    for (const auto& relation : items(body, "relations"))
      add(out, context, table_key(node_body(relation)), LockLevel::access_exclusive);
  } else if (kind == "RenameStmt") {
    add(out, context, table_key(field(body, "relation")), LockLevel::access_exclusive);
  } else if (kind == "ReindexStmt") {
    std::string name = table_key(field(body, "relation"));
    if (context.model.index_table.contains(name)) name = context.model.index_table.at(name);
    add(out, context, name, LockLevel::share);
  } else if (kind == "VacuumStmt") {
    bool full = false;
    for (const auto& option : items(body, "options")) full = full || str(node_body(option), "defname") == "full";
    for (const auto& relation : items(body, "rels"))
      add(out, context, table_key(field(node_body(relation), "relation")),
          full ? LockLevel::access_exclusive : LockLevel::share_update_exclusive);
  } else if (kind == "ClusterStmt") {
    add(out, context, table_key(field(body, "relation")), LockLevel::access_exclusive);
  } else if (kind == "CreateTrigStmt") {
    add(out, context, table_key(field(body, "relation")), LockLevel::share_row_exclusive);
  } else if (kind == "CreatePolicyStmt" || kind == "AlterPolicyStmt") {
    add(out, context, table_key(field(body, "table")), LockLevel::access_exclusive);
  } else if (kind == "LockStmt") {
    const Json& mode = field(body, "mode");
    const int level = mode.is_number() ? mode.get<int>() : 8;
    for (const auto& relation : items(body, "relations"))
      add(out, context, table_key(node_body(relation)),
          level >= 8 ? LockLevel::access_exclusive : level >= 5 ? LockLevel::share : LockLevel::share_update_exclusive);
  } else if (kind == "RefreshMatViewStmt") {
    add(out, context, table_key(field(body, "relation")),
        flag(body, "concurrent") ? LockLevel::exclusive : LockLevel::access_exclusive);
  } else if (kind == "CreateStmt") {
    // A new table's foreign keys lock the referenced table SHARE ROW EXCLUSIVE.
    visit_nodes(items(body, "tableElts"), [&](const std::string& node, const Json& constraint) {
      if (node == "Constraint" && str(constraint, "contype") == "CONSTR_FOREIGN")
        add(out, context, table_key(field(constraint, "pktable")), LockLevel::share_row_exclusive);
    });
  }
  return out;
}

}  // namespace pgmorph::lint
