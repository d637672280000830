// COMMENT ON statements. Targets are addressed by pg_identify_object_as_address() parts;
// the set of objects the writer wrote decides which comments are kept.
#include <set>

#include "introspect/ddl_parts.hpp"
#include "schema/names.hpp"

namespace pgmorph::introspect {

namespace {

using schema::quote_ident;

std::string qualified(const std::string& schema_name, const std::string& name) {
  return schema::quote_qualified({schema_name, name});
}

/// Keys of the objects written, per comment target kind. Types are keyed by their quoted
/// qualified name, as pg_identify_object_as_address() spells them.
struct Written {
  std::set<std::string> schemas, extensions, relations, views, types, functions;
  std::set<std::string> members;  ///< `table|member` for columns, constraints, triggers
  std::set<std::string> constraint_indexes;  ///< PK/UNIQUE/EXCLUDE names (their index's name)

  explicit Written(const CatalogRows& rows) {
    for (const auto& name : rows.schemas) schemas.insert(name);
    for (const auto& row : rows.extensions) extensions.insert(row.name);
    for (const auto& row : rows.tables) {
      const std::string table = qualified(row.schema, row.name);
      relations.insert(table);
      for (const auto& column : row.columns) members.insert(table + "|" + column.name);
    }
    for (const auto& row : rows.constraints) {
      members.insert(qualified(row.schema, row.table) + "|" + row.name);
      if (row.type == 'p' || row.type == 'u' || row.type == 'x')
        constraint_indexes.insert(qualified(row.schema, row.name));
    }
    for (const auto& row : rows.sequences) relations.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.indexes) relations.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.views) views.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.enums) types.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.domains) types.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.functions) functions.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.triggers)
      members.insert(qualified(row.schema, row.table) + "|" + row.name);
  }
};

void unsupported(schema::Diagnostics& diagnostics, const std::string& object,
                 const std::string& what) {
  diagnostics.push_back({schema::Severity::error, "unsupported-object",
                         "comment on " + object + ": comments on " + what + " are not supported",
                         std::nullopt});
}

/// The COMMENT ON target, or empty when the comment is dropped or reported.
std::string target(const CommentRow& row, const Written& written,
                   schema::Diagnostics& diagnostics) {
  const std::string& type = row.object_type;
  const std::string relation = qualified(row.name1, row.name2);
  if (type == "schema") return written.schemas.contains(row.name1) ? "SCHEMA " + quote_ident(row.name1) : "";
  if (type == "extension")
    return written.extensions.contains(row.name1) ? "EXTENSION " + quote_ident(row.name1) : "";
  if (type == "table" || type == "sequence" || type == "index") {
    if (written.relations.contains(relation)) {
      std::string keyword = type == "table" ? "TABLE " : type == "sequence" ? "SEQUENCE " : "INDEX ";
      return keyword + relation;
    }
    if (type == "index" && written.constraint_indexes.contains(relation))
      unsupported(diagnostics, "index " + relation, "indexes that implement a constraint");
    return "";
  }
  if (type == "view" || type == "materialized view") {
    if (!written.views.contains(relation)) return "";
    return (type == "view" ? "VIEW " : "MATERIALIZED VIEW ") + relation;
  }
  if (type == "view column" || type == "materialized view column") {
    if (written.views.contains(relation))
      unsupported(diagnostics, "column " + relation + "." + quote_ident(row.name3), "view columns");
    return "";
  }
  if (type == "table column" || type == "table constraint" || type == "trigger") {
    if (!written.members.contains(relation + "|" + row.name3)) return "";
    if (type == "table column") return "COLUMN " + relation + "." + quote_ident(row.name3);
    return (type == "trigger" ? "TRIGGER " : "CONSTRAINT ") + quote_ident(row.name3) + " ON " + relation;
  }
  if (type == "domain constraint") {
    if (written.types.contains(row.name1))
      unsupported(diagnostics, "constraint " + quote_ident(row.name2) + " on domain " + row.name1,
                  "domain constraints");
    return "";
  }
  if (type == "type" || type == "domain") {
    if (!written.types.contains(row.name1)) return "";
    return (type == "type" ? "TYPE " : "DOMAIN ") + row.name1;
  }
  if (type == "function" || type == "procedure") {
    if (!written.functions.contains(relation)) return "";
    return (type == "function" ? "FUNCTION " : "PROCEDURE ") + relation + "(" + row.args + ")";
  }
  return "";  // the object itself is reported by unsupported.sql
}

}  // namespace

void write_comments(std::string& out, const CatalogRows& rows, schema::Diagnostics& diagnostics) {
  const Written written(rows);
  for (const auto& row : rows.comments) {
    if (row.object_type == "extension") {
      // CREATE EXTENSION sets the control file's comment; only a changed one is the user's.
      bool is_default = false;
      for (const auto& extension : rows.extensions)
        if (extension.name == row.name1) is_default = extension.default_comment == row.text;
      if (is_default) continue;
    }
    const std::string on = target(row, written, diagnostics);
    if (!on.empty()) out += "COMMENT ON " + on + " IS " + schema::quote_literal(row.text) + ";\n";
  }
}

}  // namespace pgmorph::introspect
