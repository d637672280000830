// Types, names and hygiene: S101-S107, S111, S112, T104, T105.
#include "lint/rules.hpp"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <algorithm>
#include <functional>
#include <map>
#include <regex>

namespace pgmorph::lint {

namespace {

// PostgreSQL truncates identifiers to NAMEDATALEN - 1 = 63 bytes (not characters).
constexpr std::size_t k_max_identifier_bytes = 63;

struct TypedColumn {
  std::string name;
  TypeRef type;
};

// Columns a statement declares: CREATE TABLE columns, ADD COLUMN, ALTER COLUMN TYPE.
std::vector<TypedColumn> declared_columns(const RuleContext& context) {
  std::vector<TypedColumn> out;
  if (context.kind() == "CreateStmt")
    for (const auto& element : items(context.body(), "tableElts"))
      if (node_kind(element) == "ColumnDef")
        out.push_back({str(node_body(element), "colname"), type_of(field(node_body(element), "typeName"))});
  for (const Json* cmd : alter_commands(context)) {
    const std::string subtype = str(*cmd, "subtype");
    const Json& def = node_body(field(*cmd, "def"));
    if (subtype == "AT_AddColumn") out.push_back({str(def, "colname"), type_of(field(def, "typeName"))});
    if (subtype == "AT_AlterColumnType") out.push_back({str(*cmd, "name"), type_of(field(def, "typeName"))});
  }
  return out;
}

void check_types(const RuleContext& context) {
  for (const auto& [name, type] : declared_columns(context)) {
    const std::string& t = type.name;
    const std::string shown = display_type_name(t);
    if (t == "int4" || t == "int2" || t == "serial" || t == "smallserial")
      context.report("prefer-bigint", "column " + name + " is " + shown + ": it may overflow, and widening it later rewrites the table");
    if (t == "serial" || t == "bigserial" || t == "smallserial")
      context.report("prefer-identity", "column " + name + " is " + t + ": prefer GENERATED ... AS IDENTITY");
    if (t == "varchar" && !type.mods.empty())
      context.report("prefer-text-over-varchar", "column " + name + " is varchar(" + std::to_string(type.mods[0]) +
                                                     "): prefer text with a CHECK on its length");
    if (t == "bpchar") context.report("ban-char-type", "column " + name + " is char(n): it pads with blanks; use text");
    if (t == "timestamp")
      context.report("prefer-timestamptz", "column " + name + " is timestamp without time zone: prefer timestamptz");
  }
}

bool is_schema_ddl(const std::string& kind) {
  return kind == "CreateStmt" || kind == "AlterTableStmt" || kind == "IndexStmt" || kind == "DropStmt" ||
         kind == "TruncateStmt" || kind == "RenameStmt" || kind == "CreateTrigStmt" || kind == "ViewStmt" ||
         kind == "CreateSeqStmt" || kind == "CreateTableAsStmt" || kind == "CreatePolicyStmt";
}

void check_schema_qualified(const RuleContext& context) {
  if (!is_schema_ddl(context.kind())) return;
  std::vector<std::string> unqualified;
  // RangeVars appear wrapped in lists and bare in typed fields (CreateStmt.relation).
  std::function<void(const Json&)> walk = [&](const Json& json) {
    if (json.is_object() && json.contains("relname") && str(json, "schemaname").empty() &&
        str(json, "relpersistence") != "t")
      unqualified.push_back(str(json, "relname"));
    if (json.is_object() || json.is_array())
      for (const auto& child : json) walk(child);
  };
  walk(context.body());
  const std::string type = str(context.body(), "removeType");
  if (context.kind() == "DropStmt" && (type == "OBJECT_TABLE" || type == "OBJECT_VIEW" || type == "OBJECT_INDEX" ||
                                        type == "OBJECT_SEQUENCE" || type == "OBJECT_MATVIEW"))
    for (const auto& object : items(context.body(), "objects")) {
      const auto parts = names(items(node_body(object), "items"));
      if (parts.size() == 1) unqualified.push_back(parts.front());
    }
  std::sort(unqualified.begin(), unqualified.end());
  unqualified.erase(std::unique(unqualified.begin(), unqualified.end()), unqualified.end());
  for (const auto& name : unqualified)
    context.report("require-schema-qualified", "table " + name + " is not schema-qualified: it depends on search_path");
}

// The names a statement creates, for the naming convention.
std::vector<std::string> created_names(const RuleContext& context) {
  std::vector<std::string> out;
  const Json& body = context.body();
  const std::string& kind = context.kind();
  if (kind == "CreateStmt" || kind == "ViewStmt" || kind == "CreateSeqStmt")
    out.push_back(table_key(field(body, kind == "ViewStmt" ? "view" : kind == "CreateSeqStmt" ? "sequence" : "relation")));
  if (kind == "IndexStmt" && !str(body, "idxname").empty()) out.push_back(str(body, "idxname"));
  if (kind == "CreateSchemaStmt") out.push_back(str(body, "schemaname"));
  if (kind == "CreateTrigStmt") out.push_back(str(body, "trigname"));
  if (kind == "CreateEnumStmt" && !names(items(body, "typeName")).empty()) out.push_back(names(items(body, "typeName")).back());
  if (kind == "RenameStmt") out.push_back(str(body, "newname"));
  for (const auto& column : declared_columns(context)) out.push_back(column.name);
  visit_nodes(body, [&](const std::string& node, const Json& constraint) {
    if (node == "Constraint" && !str(constraint, "conname").empty()) out.push_back(str(constraint, "conname"));
  });
  return out;
}

void check_naming(const RuleContext& context) {
  if (context.settings.naming_pattern.empty()) return;
  const std::regex pattern(context.settings.naming_pattern);
  for (const auto& name : created_names(context))
    if (!name.empty() && !std::regex_search(name, pattern))
      context.report("naming-convention", "name \"" + name + "\" does not match " + context.settings.naming_pattern);
}

void check_duplicates(const RuleContext& context) {
  std::vector<std::string> seen;
  const Json& body = context.body();
  if (context.kind() == "CreateStmt")
    for (const auto& element : items(body, "tableElts"))
      if (node_kind(element) == "ColumnDef") seen.push_back(str(node_body(element), "colname"));
  if (context.kind() == "ViewStmt") seen = names(items(body, "aliases"));
  if (context.kind() == "InsertStmt")
    for (const auto& target : items(body, "cols")) seen.push_back(str(node_body(target), "name"));
  if (context.kind() == "UpdateStmt")
    for (const auto& target : items(body, "targetList"))
      if (items(node_body(target), "indirection").empty()) seen.push_back(str(node_body(target), "name"));
  std::map<std::string, int> count;
  for (const auto& name : seen)
    if (++count[name] == 2) context.report("duplicate-column-assignment", "column " + name + " is named twice");
}

// Identifiers are measured in the source (the parser has already truncated them).
void check_identifier_length(const RuleContext& context, const std::string& text) {
  PgQueryScanResult scanned = pg_query_scan(text.c_str());
  if (scanned.error == nullptr) {
    PgQuery__ScanResult* result = pg_query__scan_result__unpack(
        nullptr, scanned.pbuf.len, reinterpret_cast<const uint8_t*>(scanned.pbuf.data));
    for (std::size_t i = 0; result != nullptr && i < result->n_tokens; ++i) {
      const PgQuery__ScanToken* token = result->tokens[i];
      if (token->token != PG_QUERY__TOKEN__IDENT) continue;
      std::string name = text.substr(static_cast<std::size_t>(token->start),
                                     static_cast<std::size_t>(token->end - token->start));
      if (name.size() >= 2 && name.front() == '"') {
        name = name.substr(1, name.size() - 2);
        for (std::size_t at = name.find("\"\""); at != std::string::npos; at = name.find("\"\"", at + 1))
          name.erase(at, 1);
      }
      if (name.size() > k_max_identifier_bytes)
        context.report("identifier-too-long", "identifier \"" + name + "\" is " + std::to_string(name.size()) +
                                                  " bytes: PostgreSQL silently truncates it to 63");
    }
    if (result != nullptr) pg_query__scan_result__free_unpacked(result, nullptr);
  }
  pg_query_free_scan_result(scanned);
}

// Row padding of fixed-width columns in the given order, up to the first variable-width one
// (after which offsets depend on the data).
int padding(const std::vector<std::pair<int, int>>& columns) {
  int offset = 0, pad = 0;
  for (const auto& [width, align] : columns) {
    if (width < 0) break;
    const int aligned = (offset + align - 1) / align * align;
    pad += aligned - offset;
    offset = aligned + width;
  }
  return pad;
}

std::pair<int, int> storage(const TypeRef& type) {
  static const std::map<std::string, std::pair<int, int>> k_fixed = {
      {"bool", {1, 1}}, {"\"char\"", {1, 1}}, {"int2", {2, 2}}, {"int4", {4, 4}}, {"float4", {4, 4}},
      {"date", {4, 4}}, {"oid", {4, 4}}, {"int8", {8, 8}}, {"float8", {8, 8}}, {"timestamp", {8, 8}},
      {"timestamptz", {8, 8}}, {"time", {8, 8}}, {"money", {8, 8}}, {"interval", {16, 8}},
      {"uuid", {16, 1}}, {"serial", {4, 4}}, {"bigserial", {8, 8}}, {"smallserial", {2, 2}}};
  auto found = k_fixed.find(type.name);
  if (type.array || found == k_fixed.end()) return {-1, 4};
  return found->second;
}

void check_alignment(const RuleContext& context) {
  std::vector<std::pair<int, int>> columns;
  for (const auto& column : declared_columns(context)) columns.push_back(storage(column.type));
  std::vector<std::pair<int, int>> best = columns;
  // Fixed-width columns first, widest alignment first: the order that needs no padding.
  std::stable_sort(best.begin(), best.end(), [](const auto& a, const auto& b) {
    if ((a.first < 0) != (b.first < 0)) return a.first >= 0;
    return a.second > b.second;
  });
  const int declared = padding(columns);
  if (declared > padding(best))
    context.report("column-alignment", "this column order wastes " + std::to_string(declared) +
                                           " bytes of alignment padding per row; order columns by alignment");
}

}  // namespace

void check_style_rules(const RuleContext& context) {
  check_types(context);
  check_schema_qualified(context);
  check_naming(context);
  check_duplicates(context);
  if (context.kind() == "CreateEnumStmt")
    context.report("creating-enum", "an enum's values cannot be removed without recreating the type");
  if (context.kind() == "CreateStmt") check_alignment(context);
}

void check_identifiers(const RuleContext& context, const std::string& text) { check_identifier_length(context, text); }

}  // namespace pgmorph::lint
