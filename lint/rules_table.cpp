// Table-level changes and renames: L118-L121, C101-C104, C107, C111, C113.
#include "lint/rules.hpp"

namespace pgmorph::lint {

namespace {

void check_alter_table(const RuleContext& context) {
  const std::string table = table_key(field(context.body(), "relation"));
  if (context.is_new(table)) return;
  for (const Json* cmd : alter_commands(context)) {
    const std::string subtype = str(*cmd, "subtype");
    // DETACH ... CONCURRENTLY exists from PostgreSQL 14; before that there is no alternative.
    if (subtype == "AT_DetachPartition" && !flag(node_body(field(*cmd, "def")), "concurrent") &&
        context.pg_at_least(14))
      context.report("detach-partition-non-concurrent",
                     "DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on " + table + " and the partition");
    if (subtype == "AT_SetLogged" || subtype == "AT_SetUnLogged")
      context.report("set-logged-unlogged", std::string(subtype == "AT_SetLogged" ? "SET LOGGED" : "SET UNLOGGED") +
                                                " rewrites " + table + " under ACCESS EXCLUSIVE");
    if (subtype == "AT_SetAccessMethod" || subtype == "AT_SetTableSpace")
      context.report("storage-rewrite", std::string(subtype == "AT_SetAccessMethod" ? "SET ACCESS METHOD" : "SET TABLESPACE") +
                                            " rewrites or copies " + table + " under ACCESS EXCLUSIVE");
    if (subtype == "AT_ReplicaIdentity")
      context.report("replica-identity-change",
                     "REPLICA IDENTITY on " + table + " changes what logical replication and CDC consumers receive");
    if (subtype == "AT_EnableRowSecurity" || subtype == "AT_DisableRowSecurity" ||
        subtype == "AT_ForceRowSecurity" || subtype == "AT_NoForceRowSecurity")
      context.report("authz-change", "changing row level security on " + table + " changes which rows clients see");
  }
}

void check_rename(const RuleContext& context) {
  const Json& body = context.body();
  const std::string type = str(body, "renameType");
  const std::string table = table_key(field(body, "relation"));
  if (type == "OBJECT_TABLE" && !context.is_new(table)) {
    // Atlas BC101: a view with the old name right after the rename keeps old clients working.
    const auto& statements = context.file.statements;
    if (context.index + 1 < statements.size() && statements[context.index + 1].kind == "ViewStmt" &&
        table_key(field(statements[context.index + 1].body, "view")) == table)
      return;
    context.report("rename-table", "renaming " + table + " breaks application versions that still use the old name");
  }
  if (type == "OBJECT_COLUMN" && !context.is_new(table)) {
    const ColumnModel* column = context.model.column(table, str(body, "subname"));
    if (column == nullptr || !column->added_here)
      context.report("rename-column", "renaming " + table + "." + str(body, "subname") +
                                          " breaks application versions that still use the old name");
  }
  if (type == "OBJECT_SCHEMA" && !context.model.new_schemas.contains(str(body, "subname")))
    context.report("rename-schema", "renaming schema " + str(body, "subname") + " breaks every client that names it");
}

void check_enum(const RuleContext& context) {
  const Json& body = context.body();
  if (!str(body, "oldVal").empty()) {
    context.report("rename-enum-value", "renaming enum value '" + str(body, "oldVal") +
                                            "' breaks code that still uses the old literal");
    return;
  }
  const auto type = names(items(body, "typeName"));
  if (str(body, "newValNeighbor").empty() && !(type.size() && context.model.new_types.contains(type.back())))
    context.report("enum-add-value-unordered",
                   "ADD VALUE '" + str(body, "newVal") + "' without BEFORE/AFTER goes last: comparisons may change meaning");
}

void check_authz(const RuleContext& context) {
  const std::string& kind = context.kind();
  const Json& body = context.body();
  if (kind == "GrantStmt") {
    bool all_new = str(body, "objtype") == "OBJECT_TABLE" && !items(body, "objects").empty();
    for (const auto& object : items(body, "objects")) all_new = all_new && context.is_new(table_key(node_body(object)));
    if (!all_new)
      context.report("authz-change", std::string(flag(body, "is_grant") ? "GRANT" : "REVOKE") +
                                         " changes what clients may do");
  }
  if (kind == "GrantRoleStmt" || kind == "AlterDefaultPrivilegesStmt")
    context.report("authz-change", "role membership or default privileges change what clients may do");
  if ((kind == "CreatePolicyStmt" || kind == "AlterPolicyStmt") && !context.is_new(table_key(field(body, "table"))))
    context.report("authz-change", "a policy change on " + table_key(field(body, "table")) +
                                       " changes which rows clients see, under ACCESS EXCLUSIVE");
  if (kind == "DropStmt" && str(body, "removeType") == "OBJECT_POLICY")
    context.report("authz-change", "dropping a policy changes which rows clients see");
}

}  // namespace

void check_table_rules(const RuleContext& context) {
  const std::string& kind = context.kind();
  if (kind == "AlterTableStmt") check_alter_table(context);
  if (kind == "RenameStmt") check_rename(context);
  if (kind == "AlterEnumStmt") check_enum(context);
  if (kind == "CreateTrigStmt" && !context.is_new(table_key(field(context.body(), "relation"))))
    context.report("create-trigger-existing-table",
                   "CREATE TRIGGER on existing table " + table_key(field(context.body(), "relation")) +
                       " takes SHARE ROW EXCLUSIVE and changes its write behaviour");
  if (kind == "AlterTableMoveAllStmt")
    context.report("storage-rewrite", "ALTER TABLE ALL IN TABLESPACE ... SET TABLESPACE copies every table it moves");
  check_authz(context);
}

}  // namespace pgmorph::lint
