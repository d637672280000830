// Reading the view, domain and function probes back. The queries mirror queries/views.sql,
// domains.sql and functions.sql, restricted to this session's temp schema, so the text is
// rendered exactly as introspection renders it.
#include "introspect/server_probes.hpp"

#include "schema/names.hpp"

#include <algorithm>
#include <optional>

namespace pgmorph::introspect {

namespace {

using schema::QualifiedName;
using schema::quote_ident;
using schema::quote_qualified;

/// The server's CREATE OR REPLACE FUNCTION for the probe `probe_name`, naming `name`.
std::optional<std::string> retarget_functiondef(const std::string& definition,
                                                const std::string& probe_name,
                                                const QualifiedName& name) {
  const std::size_t at = definition.find(probe_name + "(");
  const std::size_t kind_end = definition.find(' ', std::string_view("CREATE OR REPLACE ").size());
  if (at == std::string::npos || kind_end == std::string::npos || kind_end > at) return std::nullopt;
  // A SQL-standard body names its parameters after the function (`probe.i`) where a
  // column could be meant: those become the real function's name.
  std::string body = definition.substr(at + probe_name.size());
  const std::string probe_prefix = probe_name + ".";
  const std::string real_prefix = schema::quote_ident(name.name) + ".";
  for (std::size_t pos = body.find(probe_prefix); pos != std::string::npos;
       pos = body.find(probe_prefix, pos + real_prefix.size()))
    body.replace(pos, probe_prefix.size(), real_prefix);
  return definition.substr(0, kind_end + 1) + quote_qualified(name) + body;
}

}  // namespace

CatalogRows read_probes(pqxx::nontransaction& tx, const schema::Catalog& desired,
                        const ProbeSet& probes) {
  CatalogRows rows;
  const std::string views_sql =
      "SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid) FROM pg_catalog.pg_class AS c "
      "WHERE c.relkind = 'v' AND c.relnamespace" + std::string(k_probe_relations_in_temp_schema);
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
