// COMMENT ON statements. Targets are addressed by pg_identify_object_as_address() parts;
// the objects the writer wrote decide which comments are kept and which part gets them.
#include "introspect/ddl_parts.hpp"
#include "schema/names.hpp"

#include <optional>
#include <set>

namespace pgmorph::introspect {

namespace {

using schema::quote_ident;

std::string qualified(const std::string& schema_name, const std::string& name) {
  return schema::quote_qualified({schema_name, name});
}

/// The objects written, with their part. Types are keyed by their quoted qualified name,
/// as pg_identify_object_as_address() spells them; members (columns, constraints,
/// triggers) by `table|member`.
struct Written {
  std::set<std::string> schemas, extensions, views, types, functions, collations;
  std::map<std::string, std::size_t> relations;  ///< tables, sequences, indexes
  std::map<std::string, std::size_t> members;
  std::map<std::string, std::size_t> policies;  ///< `table|policy` (names apart from members)
  std::map<std::string, std::size_t> rules;     ///< `relation|rule`
  std::set<std::string> constraint_indexes;  ///< PK/UNIQUE/EXCLUDE names (their index's name)

  Written(const CatalogRows& rows, const Placement& place) {
    for (const auto& name : rows.schemas) schemas.insert(name);
    for (const auto& row : rows.extensions) extensions.insert(row.name);
    for (std::size_t i = 0; i < rows.tables.size(); ++i) {
      const std::string table = qualified(rows.tables[i].schema, rows.tables[i].name);
      relations.emplace(table, place.of_table_row[i]);
      for (const auto& column : rows.tables[i].columns)
        members.emplace(table + "|" + column.name, place.of_table_row[i]);
    }
    for (const auto& row : rows.constraints) {
      members.emplace(qualified(row.schema, row.table) + "|" + row.name,
                      place.of_table(row.schema, row.table));
      if (row.type == 'p' || row.type == 'u' || row.type == 'x')
        constraint_indexes.insert(qualified(row.schema, row.name));
    }
    for (const auto& row : rows.sequences)
      relations.emplace(qualified(row.schema, row.name), place.of_sequence(row));
    for (const auto& row : rows.indexes)
      relations.emplace(qualified(row.schema, row.name),
                        row.on_view ? 0 : place.of_table(row.schema, row.table));
    for (const auto& row : rows.views) views.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.enums) types.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.composite_types) types.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.range_types) types.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.domains) types.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.collations) collations.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.functions) functions.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.aggregates) functions.insert(qualified(row.schema, row.name));
    for (const auto& row : rows.triggers)
      members.emplace(qualified(row.schema, row.table) + "|" + row.name,
                      row.on_view ? 0 : place.of_table(row.schema, row.table));
    for (const auto& row : rows.policies)
      policies.emplace(qualified(row.schema, row.table) + "|" + row.name, place.of_table(row.schema, row.table));
    for (const auto& row : rows.rules)
      rules.emplace(qualified(row.schema, row.table) + "|" + row.name,
                    row.on_view ? 0 : place.of_table(row.schema, row.table));
  }
};

struct Target {
  std::size_t part = 0;
  std::string text;  ///< what follows COMMENT ON
};

void unsupported(schema::Diagnostics& diagnostics, const std::string& object,
                 const std::string& what) {
  diagnostics.push_back({schema::Severity::error, "unsupported-object",
                         "comment on " + object + ": comments on " + what + " are not supported",
                         std::nullopt});
}

/// The COMMENT ON target, or nothing when the comment is dropped or reported.
std::optional<Target> target(const CommentRow& row, const Written& written,
                             schema::Diagnostics& diagnostics) {
  const std::string& type = row.object_type;
  const std::string relation = qualified(row.name1, row.name2);
  if (type == "schema" && written.schemas.contains(row.name1))
    return Target{0, "SCHEMA " + quote_ident(row.name1)};
  if (type == "extension" && written.extensions.contains(row.name1))
    return Target{0, "EXTENSION " + quote_ident(row.name1)};
  if (type == "table" || type == "sequence" || type == "index") {
    if (const auto found = written.relations.find(relation); found != written.relations.end())
      return Target{found->second, (type == "table"      ? "TABLE "
                                    : type == "sequence" ? "SEQUENCE "
                                                         : "INDEX ") +
                                       relation};
    if (type == "index" && written.constraint_indexes.contains(relation))
      unsupported(diagnostics, "index " + relation, "indexes that implement a constraint");
    return std::nullopt;
  }
  if ((type == "view" || type == "materialized view") && written.views.contains(relation))
    return Target{0, (type == "view" ? "VIEW " : "MATERIALIZED VIEW ") + relation};
  if ((type == "view column" || type == "materialized view column") &&
      written.views.contains(relation))
    unsupported(diagnostics, "column " + relation + "." + quote_ident(row.name3), "view columns");
  if (type == "table column" || type == "table constraint" || type == "trigger") {
    const auto found = written.members.find(relation + "|" + row.name3);
    if (found == written.members.end()) return std::nullopt;
    if (type == "table column")
      return Target{found->second, "COLUMN " + relation + "." + quote_ident(row.name3)};
    return Target{found->second, (type == "trigger" ? "TRIGGER " : "CONSTRAINT ") +
                                     quote_ident(row.name3) + " ON " + relation};
  }
  if (type == "policy") {
    const auto found = written.policies.find(relation + "|" + row.name3);
    if (found == written.policies.end()) return std::nullopt;
    return Target{found->second, "POLICY " + quote_ident(row.name3) + " ON " + relation};
  }
  if (type == "rule") {
    const auto found = written.rules.find(relation + "|" + row.name3);
    if (found == written.rules.end()) return std::nullopt;
    return Target{found->second, "RULE " + quote_ident(row.name3) + " ON " + relation};
  }
  if (type == "domain constraint" && written.types.contains(row.name1))
    unsupported(diagnostics, "constraint " + quote_ident(row.name2) + " on domain " + row.name1,
                "domain constraints");
  if ((type == "type" || type == "domain") && written.types.contains(row.name1))
    return Target{0, (type == "type" ? "TYPE " : "DOMAIN ") + row.name1};
  if (type == "collation" && written.collations.contains(relation)) return Target{0, "COLLATION " + relation};
  // COMMENT ON FUNCTION also takes an aggregate, with its argument types run together.
  if (type == "aggregate" && written.functions.contains(relation))
    return Target{0, "FUNCTION " + relation + "(" + row.args + ")"};
  if ((type == "function" || type == "procedure") && written.functions.contains(relation))
    return Target{0, (type == "function" ? "FUNCTION " : "PROCEDURE ") + relation + "(" + row.args +
                         ")"};
  return std::nullopt;  // not written: an extension member, or reported by unsupported.sql
}

}  // namespace

void write_comments(std::vector<std::string>& parts, const CatalogRows& rows,
                    const Placement& place, schema::Diagnostics& diagnostics) {
  const Written written(rows, place);
  for (const auto& row : rows.comments) {
    if (row.object_type == "extension") {
      // CREATE EXTENSION sets the control file's comment; only a changed one is the user's.
      bool is_default = false;
      for (const auto& extension : rows.extensions)
        if (extension.name == row.name1) is_default = extension.default_comment == row.text;
      if (is_default) continue;
    }
    if (const auto on = target(row, written, diagnostics))
      parts[on->part] +=
          "COMMENT ON " + on->text + " IS " + schema::quote_literal(row.text) + ";\n";
  }
}

}  // namespace pgmorph::introspect
