// Policy expressions rendered by the server, like the table expressions of
// server_expr_probes.cpp. PostgreSQL prints a policy's USING and WITH CHECK with its own
// casts and qualification (`(tenant_id)::text = current_setting(...)`, `public.f(x)`),
// which depend only on the text and the types of the columns it reads. Each differing
// policy becomes, in a transaction that is rolled back,
//
//   CREATE TEMP TABLE pgmorph_probe_p<i> (<the columns it reads>);
//   CREATE POLICY k ON pg_temp.pgmorph_probe_p<i> [AS RESTRICTIVE] [FOR cmd] USING (...) WITH CHECK (...)
//
// read back with pg_get_expr(polqual, polrelid) as queries/policies.sql reads pg_policy,
// and parsed by the same parser that reads the files.
#include "introspect/server_probes.hpp"

#include "parser/parse.hpp"
#include "schema/names.hpp"
#include "schema/normalize.hpp"

#include <algorithm>
#include <optional>

namespace pgmorph::introspect {

namespace {

using schema::Policy;
using schema::QualifiedName;
using schema::quote_ident;

/// One policy to render, and what came back.
struct PolicyProbe {
  schema::PolicyKey key;
  std::vector<schema::Column> columns;  ///< the table's columns the expressions read
  std::optional<std::string> server_using, server_check;
  bool read = false;
};

std::string probe_name(std::size_t i) { return "pgmorph_probe_p" + std::to_string(i); }

/// `CREATE POLICY k ON <table> ...` with `policy`'s command, kind and the given expressions.
std::string policy_sql(const std::string& table, const Policy& policy, const std::optional<std::string>& using_expr,
                       const std::optional<std::string>& check_expr) {
  std::string sql = "CREATE POLICY k ON " + table;
  if (!policy.permissive) sql += " AS RESTRICTIVE";
  sql += " FOR " + std::string(schema::policy_command_keyword(policy.command));
  if (using_expr) sql += " USING (" + *using_expr + ")";
  if (check_expr) sql += " WITH CHECK (" + *check_expr + ")";
  return sql;
}

std::string table_sql(const std::string& table, const std::vector<schema::Column>& columns) {
  std::string sql = "CREATE TABLE " + table + " (";
  for (std::size_t i = 0; i < columns.size(); ++i) sql += (i == 0 ? "" : ", ") + column_text(columns[i]);
  return sql + ")";
}

std::vector<PolicyProbe> collect(const schema::Catalog& current, const schema::Catalog& desired) {
  std::vector<PolicyProbe> probes;
  for (const auto& [key, policy] : desired.policies) {
    auto old = current.policies.find(key);
    auto table = desired.tables.find(key.table);
    if (old == current.policies.end() || table == desired.tables.end() ||
        (old->second.using_expr == policy.using_expr && old->second.check_expr == policy.check_expr))
      continue;
    PolicyProbe probe;
    probe.key = key;
    for (const auto& column : table->second.columns)
      if (std::binary_search(policy.columns.begin(), policy.columns.end(), column.name)) {
        schema::Column bare;
        bare.name = column.name;
        bare.type = column.type;
        bare.collation = column.collation;
        probe.columns.push_back(std::move(bare));
      }
    probes.push_back(std::move(probe));
  }
  return probes;
}

/// Reads the probes' expressions (`first` on) as the server prints them.
void read_rendered(pqxx::nontransaction& tx, std::vector<PolicyProbe>& probes, std::size_t first) {
  for (const auto& r : tx.exec("SELECT c.relname, pg_catalog.pg_get_expr(p.polqual, p.polrelid), "
                               "pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) FROM pg_catalog.pg_policy AS p "
                               "JOIN pg_catalog.pg_class AS c ON c.oid = p.polrelid WHERE c.relnamespace" +
                               std::string(k_probe_relations_in_temp_schema))) {
    for (std::size_t i = first; i < probes.size(); ++i)
      if (probe_name(i) == r[0].c_str()) {
        if (!r[1].is_null()) probes[i].server_using = r[1].c_str();
        if (!r[2].is_null()) probes[i].server_check = r[2].c_str();
        probes[i].read = true;
      }
  }
}

/// The server's text as a small schema file, parsed like any other; copies the canonical
/// expressions (and what they read) into the desired policy.
void adopt(const PolicyProbe& probe, schema::Catalog& desired) {
  if (!probe.read) return;
  Policy& policy = desired.policies.at(probe.key);
  const QualifiedName table{"public", "pgmorph_probe"};
  const std::string name = schema::quote_qualified(table);
  const std::string ddl = table_sql(name, probe.columns) + ";\n" +
                          policy_sql(name, policy, probe.server_using, probe.server_check) + ";\n";
  schema::Diagnostics ignored;
  std::optional<schema::Catalog> catalog = parser::parse_sql(ddl, "server rendering", ignored);
  if (!catalog) return;
  schema::normalize(*catalog);
  auto parsed = catalog->policies.find({table, "k"});
  if (parsed == catalog->policies.end()) return;
  policy.using_expr = parsed->second.using_expr;
  policy.check_expr = parsed->second.check_expr;
  policy.columns = parsed->second.columns;
  policy.refs = parsed->second.refs;
  std::erase_if(policy.refs, [&](const schema::ObjectRef& ref) { return ref.name == table; });
}

}  // namespace

std::size_t canonicalize_policy_expressions(Prober& prober, pqxx::nontransaction& tx,
                                            const schema::Catalog& current, schema::Catalog& desired) {
  std::vector<PolicyProbe> probes = collect(current, desired);
  for (std::size_t first = 0; first < probes.size(); first += k_probes_per_transaction) {
    const std::size_t last = std::min(probes.size(), first + k_probes_per_transaction);
    begin_probe_transaction(tx);
    bool any = false;
    for (std::size_t i = first; i < last; ++i) {
      const Policy& policy = desired.policies.at(probes[i].key);
      const std::string table = "pg_temp." + quote_ident(probe_name(i));
      any |= prober.attempt(table_sql(table, probes[i].columns) + "; " +
                            policy_sql(table, policy, policy.using_expr, policy.check_expr));
    }
    if (any) {
      tx.exec("SET LOCAL search_path = ''");
      read_rendered(tx, probes, first);
    }
    tx.exec("ROLLBACK");
  }
  for (const auto& probe : probes) adopt(probe, desired);
  return probes.size();
}

}  // namespace pgmorph::introspect
