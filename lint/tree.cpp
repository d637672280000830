#include "lint/tree.hpp"

#include <pg_query.h>

#include <cctype>

namespace pgmorph::lint {

namespace {

const Json& null_json() {
  static const Json k_null;
  return k_null;
}

const Json& empty_list() {
  static const Json k_empty = Json::array();
  return k_empty;
}

// PostgreSQL's grammar maps SQL-standard spellings to pg_catalog names (INT -> int4, CHAR(n)
// -> bpchar, DOUBLE PRECISION -> float8), and users may write the internal names directly.
std::string fold_type_name(std::string name) {
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "integer" || name == "int") return "int4";
  if (name == "smallint") return "int2";
  if (name == "bigint") return "int8";
  if (name == "character varying") return "varchar";
  if (name == "character" || name == "char") return "bpchar";
  if (name == "serial4") return "serial";
  if (name == "serial8") return "bigserial";
  if (name == "serial2") return "smallserial";
  if (name == "timestamp with time zone") return "timestamptz";
  if (name == "timestamp without time zone") return "timestamp";
  if (name == "decimal") return "numeric";
  if (name == "boolean") return "bool";
  if (name == "real") return "float4";
  if (name == "double precision" || name == "float") return "float8";
  return name;
}

}  // namespace

std::variant<Statement, ParseError> parse_statement(const std::string& text) {
  PgQueryParseResult parsed = pg_query_parse(text.c_str());
  if (parsed.error != nullptr) {
    ParseError error{parsed.error->message != nullptr ? parsed.error->message : "syntax error",
                     parsed.error->cursorpos};
    pg_query_free_parse_result(parsed);
    return error;
  }
  Json tree = Json::parse(parsed.parse_tree);
  pg_query_free_parse_result(parsed);
  Statement statement;
  const Json& stmts = items(tree, "stmts");
  if (stmts.empty()) return statement;
  const Json& node = field(stmts.front(), "stmt");
  statement.kind = node_kind(node);
  statement.body = node_body(node);
  return statement;
}

std::string node_kind(const Json& node) {
  if (!node.is_object() || node.size() != 1) return "";
  return node.begin().key();
}

const Json& node_body(const Json& node) {
  static const Json k_empty_object = Json::object();
  if (!node.is_object() || node.size() != 1) return k_empty_object;
  return node.begin().value();
}

const Json& field(const Json& body, const char* key) {
  if (!body.is_object()) return null_json();
  auto found = body.find(key);
  return found == body.end() ? null_json() : *found;
}

std::string str(const Json& body, const char* key) {
  const Json& value = field(body, key);
  return value.is_string() ? value.get<std::string>() : "";
}

bool flag(const Json& body, const char* key) {
  const Json& value = field(body, key);
  return value.is_boolean() && value.get<bool>();
}

const Json& items(const Json& body, const char* key) {
  const Json& value = field(body, key);
  return value.is_array() ? value : empty_list();
}

std::vector<std::string> names(const Json& list) {
  std::vector<std::string> out;
  if (!list.is_array()) return out;
  for (const auto& item : list) {
    if (node_kind(item) == "String") out.push_back(str(node_body(item), "sval"));
  }
  return out;
}

TypeRef type_of(const Json& type_name) {
  TypeRef type;
  const auto parts = names(items(type_name, "names"));
  if (parts.empty()) return type;
  type.known = true;
  // A quoted "char" is the one-byte internal type, not character(1): keep it apart.
  const bool catalog = parts.size() == 2 && parts[0] == "pg_catalog";
  type.name = parts.size() == 1 || catalog ? fold_type_name(parts.back()) : parts.back();
  if (parts.size() == 1 && parts.back() == "char") type.name = "\"char\"";
  for (const auto& mod : items(type_name, "typmods")) {
    const Json& constant = node_body(mod);
    const Json& ival = field(field(constant, "ival"), "ival");
    if (node_kind(mod) == "A_Const") type.mods.push_back(ival.is_number() ? ival.get<int>() : 0);
  }
  type.array = !items(type_name, "arrayBounds").empty();
  return type;
}

std::string display_type_name(const std::string& name) {
  if (name == "int2") return "smallint";
  if (name == "int4") return "integer";
  if (name == "int8") return "bigint";
  if (name == "bpchar") return "char";
  if (name == "bool") return "boolean";
  if (name == "float4") return "real";
  if (name == "float8") return "double precision";
  if (name == "timestamp") return "timestamp without time zone";
  return name;
}

std::string relation_name(const Json& range_var) {
  const std::string schema = str(range_var, "schemaname");
  const std::string name = str(range_var, "relname");
  return schema.empty() ? name : schema + "." + name;
}

void visit_nodes(const Json& json, const std::function<void(const std::string&, const Json&)>& visit) {
  if (json.is_array()) {
    for (const auto& item : json) visit_nodes(item, visit);
    return;
  }
  if (!json.is_object()) return;
  for (auto it = json.begin(); it != json.end(); ++it) {
    const std::string& key = it.key();
    if (!key.empty() && std::isupper(static_cast<unsigned char>(key[0])) && it->is_object())
      visit(key, it.value());
    visit_nodes(it.value(), visit);
  }
}

}  // namespace pgmorph::lint
