#include "schema/names.hpp"

#include <algorithm>
#include <array>

namespace pgmorph::schema {

namespace {

// Every keyword of PostgreSQL 15 that is not UNRESERVED (reserved, column-name and
// type/function-name keywords): quote_identifier() quotes these. Sorted for binary search.
constexpr std::array k_quoted_keywords = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", 
    "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", 
    "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently", 
    "constraint", "create", "cross", "current_catalog", "current_date", "current_role", 
    "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal", 
    "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists", 
    "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", 
    "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout", 
    "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "lateral", 
    "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "national", 
    "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", 
    "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", 
    "position", "precision", "primary", "real", "references", "returning", "right", "row", 
    "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric", 
    "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", 
    "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", 
    "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", 
    "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable", };

bool is_quoted_keyword(std::string_view ident) {
  return std::binary_search(k_quoted_keywords.begin(), k_quoted_keywords.end(), ident,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

bool needs_quotes(std::string_view ident) {
  if (ident.empty()) return true;
  const char first = ident.front();
  if (!((first >= 'a' && first <= 'z') || first == '_')) return true;
  for (const char c : ident) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!safe) return true;
  }
  return is_quoted_keyword(ident);
}

}  // namespace

std::string quote_ident(std::string_view ident) {
  if (!needs_quotes(ident)) return std::string(ident);
  std::string out = "\"";
  for (const char c : ident) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string quote_qualified(const QualifiedName& name) {
  if (name.schema.empty()) return quote_ident(name.name);
  return quote_ident(name.schema) + "." + quote_ident(name.name);
}

std::string display_name(const QualifiedName& name) {
  if (name.schema.empty()) return name.name;
  return name.schema + "." + name.name;
}

std::string quote_literal(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
  return out;
}

std::string truncate_identifier(std::string_view ident) {
  constexpr std::size_t k_max = 63;
  if (ident.size() <= k_max) return std::string(ident);
  std::size_t len = k_max;
  while (len > 0 && (static_cast<unsigned char>(ident[len]) & 0xC0) == 0x80) --len;
  return std::string(ident.substr(0, len));
}

}  // namespace pgmorph::schema
