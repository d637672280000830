// Reading the probes back. The queries mirror queries/*.sql (tables.sql for defaults,
// constraints.sql, indexes.sql, views.sql, domains.sql, functions.sql), restricted to this
// session's temp schema, so the text is rendered exactly as introspection renders it.
#include "introspect/server_probes.hpp"

#include "schema/names.hpp"

#include <algorithm>
#include <optional>

namespace pgmorph::introspect {

namespace {

using schema::QualifiedName;
using schema::quote_ident;
using schema::quote_qualified;

constexpr std::string_view k_in_temp_schema =
    " = pg_catalog.pg_my_temp_schema() AND c.relname LIKE 'pgmorph\\_probe\\_%'";

/// The server's CREATE INDEX for the probe, pointed back at the real index and table.
std::optional<std::string> retarget_indexdef(const std::string& definition,
                                             const schema::Index& index) {
  const std::size_t using_at = definition.find(" USING ");
  if (using_at == std::string::npos) return std::nullopt;
  return std::string(index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") +
         quote_ident(index.name.name) + " ON " + quote_qualified(index.table) +
         definition.substr(using_at);
}

/// The server's CREATE OR REPLACE FUNCTION for the probe `probe_name`, naming `name`.
std::optional<std::string> retarget_functiondef(const std::string& definition,
                                                const std::string& probe_name,
                                                const QualifiedName& name) {
  const std::size_t at = definition.find(probe_name + "(");
  const std::size_t kind_end = definition.find(' ', std::string_view("CREATE OR REPLACE ").size());
  if (at == std::string::npos || kind_end == std::string::npos || kind_end > at) return std::nullopt;
  return definition.substr(0, kind_end + 1) + quote_qualified(name) +
         definition.substr(at + probe_name.size());
}

}  // namespace

CatalogRows read_probes(pqxx::nontransaction& tx, const schema::Catalog& desired,
                        const ProbeSet& probes) {
  CatalogRows rows;
  std::map<std::string, const TableProbe*> table_of;
  for (const auto& probe : probes.tables) {
    table_of.emplace(probe.probe, &probe);
    TableRow row{probe.table.schema, probe.table.name, false, {}};
    for (const auto& column : desired.tables.at(probe.table).columns)
      row.columns.push_back({column.name, column.type, false, std::nullopt, std::nullopt, '\0',
                             {}, column.collation});
    rows.tables.push_back(std::move(row));
  }
  const std::string defaults_sql =
      "SELECT c.relname, a.attname, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), "
      "a.attgenerated <> '' FROM pg_catalog.pg_attrdef AS ad "
      "JOIN pg_catalog.pg_attribute AS a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum "
      "JOIN pg_catalog.pg_class AS c ON c.oid = ad.adrelid WHERE c.relnamespace" +
      std::string(k_in_temp_schema);
  for (const auto& r : tx.exec(defaults_sql)) {
    auto probe = table_of.find(r[0].c_str());
    if (probe == table_of.end()) continue;
    TableRow* table = nullptr;
    for (auto& t : rows.tables)
      if (t.schema == probe->second->table.schema && t.name == probe->second->table.name) table = &t;
    ColumnRow* column = table ? find_named(table->columns, r[1].c_str()) : nullptr;
    if (column == nullptr) continue;
    const bool generated = r[3].as<bool>();
    const auto& wanted = generated ? probe->second->generated : probe->second->defaults;
    if (std::find(wanted.begin(), wanted.end(), column->name) == wanted.end()) continue;
    (generated ? column->generated_expr : column->default_expr) = r[2].c_str();
  }
  const std::string constraints_sql =
      "SELECT c.relname, con.conname, con.contype, pg_catalog.pg_get_constraintdef(con.oid) "
      "FROM pg_catalog.pg_constraint AS con JOIN pg_catalog.pg_class AS c ON c.oid = "
      "con.conrelid WHERE con.contype IN ('c', 'x') AND c.relnamespace" +
      std::string(k_in_temp_schema);
  for (const auto& r : tx.exec(constraints_sql)) {
    auto probe = table_of.find(r[0].c_str());
    if (probe == table_of.end()) continue;
    const auto& wanted = probe->second->constraints;
    if (std::find(wanted.begin(), wanted.end(), r[1].c_str()) == wanted.end()) continue;
    rows.constraints.push_back({probe->second->table.schema, probe->second->table.name,
                                r[1].c_str(), r[2].c_str()[0], r[3].c_str()});
  }
  const std::string indexes_sql =
      "SELECT c.relname, pg_catalog.pg_get_indexdef(c.oid) FROM pg_catalog.pg_class AS c "
      "WHERE c.relkind = 'i' AND c.relnamespace" + std::string(k_in_temp_schema);
  for (const auto& r : tx.exec(indexes_sql)) {
    auto probe = probes.indexes.find(r[0].c_str());
    if (probe == probes.indexes.end()) continue;
    const schema::Index& index = desired.indexes.at(probe->second);
    if (auto definition = retarget_indexdef(r[1].c_str(), index))
      rows.indexes.push_back({index.name.schema, index.name.name, index.table.name, false,
                              *definition});
  }
  const std::string views_sql =
      "SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid) FROM pg_catalog.pg_class AS c "
      "WHERE c.relkind = 'v' AND c.relnamespace" + std::string(k_in_temp_schema);
  for (const auto& r : tx.exec(views_sql)) {
    auto probe = probes.views.find(r[0].c_str());
    if (probe == probes.views.end()) continue;
    const schema::View& view = desired.views.at(probe->second);
    rows.views.push_back({view.name.schema, view.name.name, view.materialized,
                          !view.with_no_data, r[1].c_str(), {}, {}});
  }
  const std::string domains_sql =
      "SELECT t.typname, pg_catalog.pg_get_expr(t.typdefaultbin, 0), con.conname, "
      "pg_catalog.pg_get_constraintdef(con.oid) FROM pg_catalog.pg_type AS t "
      "LEFT JOIN pg_catalog.pg_constraint AS con ON con.contypid = t.oid AND con.contype = 'c' "
      "WHERE t.typtype = 'd' AND t.typnamespace = pg_catalog.pg_my_temp_schema() "
      "ORDER BY t.typname, con.conname";
  std::map<std::string, DomainRow> domain_rows;
  for (const auto& r : tx.exec(domains_sql)) {
    auto probe = probes.domains.find(r[0].c_str());
    if (probe == probes.domains.end()) continue;
    const schema::Domain& domain = desired.domains.at(probe->second);
    auto [it, fresh] = domain_rows.try_emplace(r[0].c_str());
    if (fresh) {
      it->second = DomainRow{domain.name.schema, domain.name.name, domain.base_type, false,
                             std::nullopt, domain.collation, {}};
      if (!r[1].is_null()) it->second.default_expr = r[1].c_str();
    }
    if (!r[2].is_null()) it->second.checks.push_back({r[2].c_str(), r[3].c_str()});
  }
  for (auto& [name, row] : domain_rows) rows.domains.push_back(std::move(row));
  if (!probes.functions.empty()) {
    const std::string functions_sql =
        "SELECT p.proname, pg_catalog.pg_get_functiondef(p.oid) FROM pg_catalog.pg_proc AS p "
        "WHERE p.pronamespace = pg_catalog.pg_my_temp_schema()";
    for (const auto& r : tx.exec(functions_sql)) {
      auto probe = probes.functions.find(r[0].c_str());
      if (probe == probes.functions.end()) continue;
      if (auto definition = retarget_functiondef(r[1].c_str(), probe->first, probe->second.name))
        rows.functions.push_back({probe->second.name.schema, probe->second.name.name, "",
                                  *definition, false});
    }
  }
  return rows;
}

void adopt_probed(const schema::Catalog& probed, const ProbeSet& probes, schema::Catalog& desired) {
  for (const auto& probe : probes.tables) {
    const schema::Table* from = nullptr;
    if (auto it = probed.tables.find(probe.table); it != probed.tables.end()) from = &it->second;
    if (from == nullptr) continue;
    schema::Table& into = desired.tables.at(probe.table);
    for (auto& column : into.columns) {
      const schema::Column* rendered = find_named(from->columns, column.name);
      if (rendered == nullptr) continue;
      if (rendered->default_expr) column.default_expr = rendered->default_expr;
      if (rendered->generated_expr) column.generated_expr = rendered->generated_expr;
      if (rendered->default_expr || rendered->generated_expr) column.refs = rendered->refs;
    }
    for (auto& constraint : into.constraints) {
      const schema::Constraint* rendered = find_named(from->constraints, constraint.name);
      if (rendered == nullptr) continue;
      constraint.definition = rendered->definition;
      constraint.columns = rendered->columns;
      constraint.refs = rendered->refs;
    }
  }
  for (const auto& [probe, key] : probes.indexes)
    if (auto it = probed.indexes.find(key); it != probed.indexes.end()) {
      schema::Index& into = desired.indexes.at(key);
      into.definition = it->second.definition;
      into.key_names = it->second.key_names;
      into.refs = it->second.refs;
    }
  for (const auto& [probe, key] : probes.views)
    if (auto it = probed.views.find(key); it != probed.views.end()) {
      schema::View& into = desired.views.at(key);
      into.query = it->second.query;
      into.column_names = it->second.column_names;
      into.refs = it->second.refs;
    }
  for (const auto& [probe, key] : probes.functions)
    if (auto it = probed.functions.find(key); it != probed.functions.end()) {
      schema::Function& into = desired.functions.at(key);
      into.definition = it->second.definition;
      into.refs = it->second.refs;
    }
  for (const auto& [probe, key] : probes.domains)
    if (auto it = probed.domains.find(key); it != probed.domains.end()) {
      schema::Domain& into = desired.domains.at(key);
      into.default_expr = it->second.default_expr;
      for (auto& check : into.checks)
        if (const auto* rendered = find_named(it->second.checks, check.name))
          check.definition = rendered->definition;
      into.refs = it->second.refs;
    }
}

}  // namespace pgmorph::introspect
