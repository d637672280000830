// Statements that destroy data or objects others depend on: D101-D108, C112, C114.
#include "lint/rules.hpp"

namespace pgmorph::lint {

namespace {

std::string object_name(const Json& object) {
  if (node_kind(object) == "ObjectWithArgs") {
    const auto parts = names(items(node_body(object), "objname"));
    return parts.empty() ? "" : parts.back();
  }
  if (node_kind(object) == "String") return str(node_body(object), "sval");
  const auto parts = names(items(node_body(object), "items"));
  return parts.empty() ? "" : parts.back();
}

void check_drop(const RuleContext& context) {
  const Json& body = context.body();
  const std::string type = str(body, "removeType");
  const Model& model = context.model;
  if (str(body, "behavior") == "DROP_CASCADE")
    context.report("drop-cascade", "DROP ... CASCADE silently drops every dependent object");
  for (const auto& object : items(body, "objects")) {
    const std::string name = object_name(object);
    if (type == "OBJECT_TABLE" && !context.is_new(name))
      context.report("drop-table", "DROP TABLE " + name + " loses all its rows");
    if (type == "OBJECT_SCHEMA" && !model.new_schemas.contains(name))
      context.report("drop-schema", "DROP SCHEMA " + name + " loses everything in it");
    if (type == "OBJECT_SEQUENCE" && !model.new_sequences.contains(name))
      context.report("drop-sequence", "DROP SEQUENCE " + name + " loses its current value");
    if ((type == "OBJECT_FUNCTION" || type == "OBJECT_PROCEDURE" || type == "OBJECT_ROUTINE") &&
        !model.new_functions.contains(name))
      context.report("routine-untracked-dependencies",
                     "dropping " + name + ": callers inside function bodies are invisible to the catalog");
    if (type == "OBJECT_EXTENSION")
      context.report("extension-change", "DROP EXTENSION " + name + " breaks the objects that use it");
  }
}

void check_alter_table(const RuleContext& context) {
  const std::string table = table_key(field(context.body(), "relation"));
  for (const Json* cmd : alter_commands(context)) {
    const std::string subtype = str(*cmd, "subtype");
    if ((subtype == "AT_DropColumn" || subtype == "AT_DropConstraint") && str(*cmd, "behavior") == "DROP_CASCADE")
      context.report("drop-cascade", "DROP ... CASCADE silently drops every dependent object");
    if (subtype != "AT_DropColumn" || context.is_new(table)) continue;
    const ColumnModel* column = context.model.column(table, str(*cmd, "name"));
    if (column == nullptr || !column->added_here)
      context.report("drop-column", "DROP COLUMN " + table + "." + str(*cmd, "name") +
                                        " loses its data and breaks clients that still read it");
  }
}

void check_truncate(const RuleContext& context) {
  bool any_existing = false;
  for (const auto& relation : items(context.body(), "relations"))
    any_existing = any_existing || !context.is_new(table_key(node_body(relation)));
  if (any_existing) context.report("truncate-table", "TRUNCATE loses all rows under ACCESS EXCLUSIVE");
  if (str(context.body(), "behavior") == "DROP_CASCADE")
    context.report("truncate-cascade", "TRUNCATE ... CASCADE also empties every table linked by foreign keys");
}

}  // namespace

void check_destructive_rules(const RuleContext& context) {
  const std::string& kind = context.kind();
  if (kind == "DropStmt") check_drop(context);
  if (kind == "AlterTableStmt") check_alter_table(context);
  if (kind == "TruncateStmt") check_truncate(context);
  if (kind == "DropdbStmt") context.report("drop-database", "DROP DATABASE loses everything");
  if (kind == "AlterExtensionStmt")
    context.report("extension-change", "ALTER EXTENSION " + str(context.body(), "extname") +
                                           " UPDATE may change behaviour and API");
  if (kind == "CreateFunctionStmt" && flag(context.body(), "replace")) {
    const auto parts = names(items(context.body(), "funcname"));
    if (!parts.empty() && !context.model.new_functions.contains(parts.back()))
      context.report("routine-untracked-dependencies",
                     "replacing " + parts.back() + ": callers inside function bodies are invisible to the catalog");
  }
}

}  // namespace pgmorph::lint
