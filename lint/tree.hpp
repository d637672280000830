// libpg_query parse trees as JSON, and the few accessors the rules need.
//
// Why JSON and not the protobuf trees of parser/proto.hpp: the rules only read a handful of
// fields per statement and never deparse, so nlohmann::json (already a schema dependency)
// with libpg_query's field names (PostgreSQL's node structs) is the shortest honest reader.
// Field names and enum spellings are those of pg_query's JSON output: false booleans and
// empty lists are omitted, enums are strings such as "AT_AddColumn".
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace pgmorph::lint {

using Json = nlohmann::json;

/// A parsed statement: `kind` is the node name ("CreateStmt"), `body` its fields.
struct Statement {
  std::string kind;
  Json body;
};

/// A syntax error: message and the 1-based character position inside the statement.
struct ParseError {
  std::string message;
  int cursor = 0;
};

/// Parses one statement (the text of one split_script piece). Empty kind for an empty text.
/// Returns the error instead when libpg_query rejects it.
std::variant<Statement, ParseError> parse_statement(const std::string& text);

/// The node name of a wrapped node ({"ColumnDef": {...}} -> "ColumnDef"), "" otherwise.
std::string node_kind(const Json& node);
/// The fields of a wrapped node (an empty object when `node` is not one).
const Json& node_body(const Json& node);
/// `body[key]` when present, else null.
const Json& field(const Json& body, const char* key);
/// A string field, "" when absent.
std::string str(const Json& body, const char* key);
/// A boolean field (absent = false).
bool flag(const Json& body, const char* key);
/// The string values of a list of String nodes.
std::vector<std::string> names(const Json& list);
/// The elements of a list field (empty when absent).
const Json& items(const Json& body, const char* key);

/// A type as written: the last name component lowercased with pg_catalog aliases folded
/// (`integer` -> int4, `varchar` -> varchar), the integer type modifiers, array or not.
struct TypeRef {
  std::string name;
  std::vector<int> mods;
  bool array = false;
  bool known = false;  ///< false when no type was recorded
  bool operator==(const TypeRef&) const = default;
};

/// The SQL spelling of a folded type name for messages (int8 -> bigint, bpchar -> char).
std::string display_type_name(const std::string& name);

/// The TypeRef of a TypeName body.
TypeRef type_of(const Json& type_name);

/// The relation a RangeVar body names: "schema.name" or "name".
std::string relation_name(const Json& range_var);

/// Depth-first visit of every wrapped node under `json` (including itself); the callback
/// gets the node name and its body.
void visit_nodes(const Json& json, const std::function<void(const std::string&, const Json&)>& visit);

}  // namespace pgmorph::lint
