// OWNER TO, GRANT and REVOKE statements for the owners and ACLs the catalog holds. Only
// objects the writer wrote get them (an identity sequence is not an object
// of the model, and a statement naming it would not parse). Statements go to the end of
// their object's part, after every CREATE in it.
#include "introspect/ddl_parts.hpp"
#include "schema/names.hpp"

#include <map>
#include <set>

namespace pgmorph::introspect {

namespace {

using schema::quote_ident;

std::string qualified(const std::string& schema_name, const std::string& name) {
  return schema::quote_qualified({schema_name, name});
}

/// The part each written object's statements go to, keyed by `KIND name`; a function by
/// `FUNCTION schema.name` (the model's functions are written without their argument list).
std::map<std::string, std::size_t> written_objects(const CatalogRows& rows, const Placement& place) {
  std::map<std::string, std::size_t> part_of;
  for (std::size_t i = 0; i < rows.tables.size(); ++i)
    part_of.emplace("TABLE " + qualified(rows.tables[i].schema, rows.tables[i].name),
                    place.of_table_row[i]);
  for (const auto& row : rows.sequences)
    part_of.emplace("SEQUENCE " + qualified(row.schema, row.name), place.of_sequence(row));
  for (const auto& row : rows.views)
    part_of.emplace((row.materialized ? "MATERIALIZED VIEW " : "VIEW ") +
                        qualified(row.schema, row.name),
                    0);
  for (const auto& row : rows.aggregates) part_of.emplace("FUNCTION " + qualified(row.schema, row.name), 0);
  for (const auto& row : rows.functions) {
    part_of.emplace("FUNCTION " + qualified(row.schema, row.name), 0);
    part_of.emplace("PROCEDURE " + qualified(row.schema, row.name), 0);
  }
  for (const auto& row : rows.enums) part_of.emplace("TYPE " + qualified(row.schema, row.name), 0);
  for (const auto& row : rows.composite_types) part_of.emplace("TYPE " + qualified(row.schema, row.name), 0);
  for (const auto& row : rows.range_types) part_of.emplace("TYPE " + qualified(row.schema, row.name), 0);
  for (const auto& row : rows.domains)
    part_of.emplace("DOMAIN " + qualified(row.schema, row.name), 0);
  for (const auto& name : rows.schemas) part_of.emplace("SCHEMA " + quote_ident(name), 0);
  return part_of;
}

/// The kinds whose built-in ACL grants PUBLIC something (EXECUTE, USAGE): a non-default ACL
/// must first take that away, since the entries list what is granted now.
bool public_by_default(const std::string& kind) {
  return kind == "FUNCTION" || kind == "PROCEDURE" || kind == "TYPE" || kind == "DOMAIN";
}

/// GRANT addresses views and materialized views as tables.
std::string grant_kind(const std::string& kind) {
  return kind == "VIEW" || kind == "MATERIALIZED VIEW" ? "TABLE" : kind;
}

std::string grantee_text(const std::string& grantee) {
  return grantee == "PUBLIC" ? grantee : quote_ident(grantee);
}

void write_acl(std::string& out, const AclRow& row, const std::string& object) {
  out += "ALTER " + row.kind + " " + object + " OWNER TO " + quote_ident(row.owner) + ";\n";
  if (row.default_acl) return;
  const std::string on = " ON " + grant_kind(row.kind) + " " + object;
  if (public_by_default(row.kind)) out += "REVOKE ALL" + on + " FROM PUBLIC;\n";
  for (const auto& entry : row.entries) {
    // The owner's own privileges are implicit in the model.
    if (entry.grantee == row.owner) continue;
    out += "GRANT " + entry.privilege;
    if (!entry.column.empty()) out += " (" + quote_ident(entry.column) + ")";
    out += on + " TO " + grantee_text(entry.grantee);
    out += entry.grantable ? " WITH GRANT OPTION;\n" : ";\n";
  }
}

}  // namespace

void write_privileges(std::vector<std::string>& parts, const CatalogRows& rows,
                      const Placement& place) {
  const std::map<std::string, std::size_t> part_of = written_objects(rows, place);
  for (const auto& row : rows.privileges) {
    const std::string name =
        row.kind == "SCHEMA" ? quote_ident(row.name) : qualified(row.schema, row.name);
    const auto found = part_of.find(row.kind + " " + name);
    if (found == part_of.end()) continue;
    const bool routine = row.kind == "FUNCTION" || row.kind == "PROCEDURE";
    write_acl(parts[found->second], row, routine ? name + "(" + row.args + ")" : name);
  }
}

}  // namespace pgmorph::introspect
