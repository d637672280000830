// Columns added to or changed on existing tables: L108, L113-L116, C105, C106, C109.
#include "lint/rules.hpp"

#include <array>

namespace pgmorph::lint {

namespace {

bool is_serial(const TypeRef& type) {
  return type.name == "serial" || type.name == "bigserial" || type.name == "smallserial";
}

// Functions PostgreSQL marks IMMUTABLE or STABLE that people put in defaults. A stable or
// immutable default is evaluated once and stored as the "missing" value (PG 11 fast
// default); anything else, including unknown user functions, may be volatile and rewrites.
// (`AT TIME ZONE` is a call of timezone(), EXTRACT of extract().)
constexpr std::array<std::string_view, 35> k_non_volatile = {
    "now", "transaction_timestamp", "statement_timestamp", "current_date", "current_timestamp",
    "localtimestamp", "lower", "upper", "length", "abs", "round", "coalesce", "concat",
    "to_jsonb", "jsonb_build_object", "jsonb_build_array", "json_build_object", "make_date",
    "make_timestamp", "make_interval", "array_fill", "to_timestamp", "to_char", "replace",
    "timezone", "date_trunc", "date_part", "extract", "current_setting", "md5", "btrim",
    "substring", "left", "right", "format"};

bool volatile_expression(const Json& expr, std::string& culprit) {
  bool found = false;
  visit_nodes(expr, [&](const std::string& kind, const Json& body) {
    if (kind != "FuncCall" || found) return;
    const auto parts = names(items(body, "funcname"));
    const std::string name = parts.empty() ? "" : parts.back();
    for (auto known : k_non_volatile)
      if (known == name) return;
    found = true;
    culprit = name + "()";
  });
  return found;
}

bool varchar_like(const TypeRef& type) { return type.name == "varchar"; }

// ALTER COLUMN TYPE changes PostgreSQL performs without a rewrite (safety.md L113, ✓15).
bool binary_compatible(const TypeRef& from, const TypeRef& to, bool timezone_utc, bool pg12) {
  if (from == to) return true;
  if (from.array != to.array) return false;
  if (varchar_like(from) && to.name == "text") return true;
  if (varchar_like(from) && varchar_like(to))
    return to.mods.empty() || (!from.mods.empty() && to.mods[0] >= from.mods[0]);
  if (from.name == "text" && varchar_like(to) && to.mods.empty()) return true;
  if (from.name == "numeric" && to.name == "numeric") {
    if (to.mods.empty()) return true;
    if (from.mods.empty()) return false;
    const int from_scale = from.mods.size() > 1 ? from.mods[1] : 0;
    const int to_scale = to.mods.size() > 1 ? to.mods[1] : 0;
    return from_scale == to_scale && to.mods[0] >= from.mods[0];
  }
  if (from.name == "cidr" && to.name == "inet") return true;
  if (from.name == to.name && (from.name == "time" || from.name == "timetz" || from.name == "interval" ||
                               from.name == "timestamp" || from.name == "timestamptz"))
    return to.mods.empty() || (!from.mods.empty() && to.mods.back() >= from.mods.back());
  if (from.name == "timestamp" && to.name == "timestamptz") return timezone_utc && pg12;
  return false;
}

std::string type_text(const TypeRef& type) {
  std::string text = display_type_name(type.name);
  if (!type.mods.empty()) {
    text += "(";
    for (std::size_t i = 0; i < type.mods.size(); ++i) {
      if (i > 0) text += ",";
      text += std::to_string(type.mods[i]);
    }
    text += ")";
  }
  return type.array ? text + "[]" : text;
}

void check_add_column(const RuleContext& context, const std::string& table, const Json& def) {
  const TypeRef type = type_of(field(def, "typeName"));
  const std::string column = str(def, "colname");
  if (type.name == "json")
    context.report("add-json-column", "column " + column + " is json: equality (DISTINCT, GROUP BY, UNION) fails; use jsonb");
  if (context.is_new(table)) return;
  const bool identity = has_constraint(def, "CONSTR_IDENTITY");
  const bool generated = has_constraint(def, "CONSTR_GENERATED");
  const bool has_default = has_constraint(def, "CONSTR_DEFAULT");
  if (is_serial(type) || identity)
    context.report_at(def, "add-column-serial-or-identity",
                   "adding " + (identity ? std::string("identity") : type.name) + " column " + column + " to " + table +
                       " rewrites it under ACCESS EXCLUSIVE");
  if (generated)
    context.report_at(def, "add-column-generated-stored",
                   "adding stored generated column " + column + " to " + table + " rewrites it under ACCESS EXCLUSIVE");
  if (has_constraint(def, "CONSTR_NOTNULL") && !has_default && !identity && !generated && !is_serial(type))
    context.report_at(def, "add-required-column", "ADD COLUMN " + column + " NOT NULL without a DEFAULT fails on a non-empty " +
                                              table + " and breaks old INSERTs");
  for (const Json* constraint : column_constraints(def)) {
    if (str(*constraint, "contype") != "CONSTR_DEFAULT") continue;
    std::string culprit;
    if (!context.pg_at_least(11))
      context.report_at(def, "add-column-volatile-default",
                     "before PostgreSQL 11 any DEFAULT on ADD COLUMN rewrites " + table + " under ACCESS EXCLUSIVE");
    else if (volatile_expression(field(*constraint, "raw_expr"), culprit))
      context.report_at(*constraint, "add-column-volatile-default", "the DEFAULT of " + column + " calls " + culprit +
                                                        ", which may be volatile: it rewrites " + table);
  }
}

void check_set_not_null(const RuleContext& context, const std::string& table, const std::string& column) {
  if (context.is_new(table)) return;
  const ColumnModel* known = context.model.column(table, column);
  if (known != nullptr && known->not_null) return;
  auto found = context.model.tables.find(table);
  // From PostgreSQL 12 a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip the scan.
  if (context.pg_at_least(12) && found != context.model.tables.end() &&
      found->second.validated_not_null_checks.contains(column))
    return;
  context.report("set-not-null-scan", "SET NOT NULL on " + table + "." + column +
                                          " scans the table under ACCESS EXCLUSIVE (no validated CHECK (" + column +
                                          " IS NOT NULL))");
}

void check_type_change(const RuleContext& context, const std::string& table, const Json& cmd) {
  const std::string column = str(cmd, "name");
  const Json& def = node_body(field(cmd, "def"));
  const TypeRef to = type_of(field(def, "typeName"));
  if (to.name == "json")
    context.report("add-json-column", "column " + column + " becomes json: equality (DISTINCT, GROUP BY, UNION) fails");
  if (context.is_new(table)) return;
  const ColumnModel* known = context.model.column(table, column);
  if (known == nullptr || !known->type.known) {
    context.report("column-type-change-rewrite", "changing the type of " + table + "." + column + " to " +
                                                     type_text(to) + " may rewrite the table (the old type is unknown)");
    return;
  }
  const bool using_expression = !field(def, "raw_default").is_null();
  if (using_expression || !binary_compatible(known->type, to, context.model.timezone_utc, context.pg_at_least(12)))
    context.report("column-type-change-rewrite", "changing " + table + "." + column + " from " + type_text(known->type) +
                                                     " to " + type_text(to) +
                                                     " rewrites the table and its indexes under ACCESS EXCLUSIVE");
}

}  // namespace

void check_column_rules(const RuleContext& context) {
  if (context.kind() == "CreateStmt") {
    for (const auto& element : items(context.body(), "tableElts"))
      if (node_kind(element) == "ColumnDef" && type_of(field(node_body(element), "typeName")).name == "json")
        context.report("add-json-column",
                       "column " + str(node_body(element), "colname") + " is json: equality (DISTINCT, GROUP BY, UNION) fails");
    return;
  }
  if (context.kind() != "AlterTableStmt") return;
  const std::string table = table_key(field(context.body(), "relation"));
  for (const Json* cmd : alter_commands(context)) {
    const std::string subtype = str(*cmd, "subtype");
    if (subtype == "AT_AddColumn") check_add_column(context, table, node_body(field(*cmd, "def")));
    if (subtype == "AT_SetNotNull") check_set_not_null(context, table, str(*cmd, "name"));
    if (subtype == "AT_AlterColumnType") check_type_change(context, table, *cmd);
    if (subtype == "AT_DropNotNull" && !context.is_new(table))
      context.report("drop-not-null", "DROP NOT NULL on " + table + "." + str(*cmd, "name") +
                                          ": readers and PL code will meet NULLs");
  }
}

}  // namespace pgmorph::lint
