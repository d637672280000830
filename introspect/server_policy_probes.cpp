// Policy expressions rendered by the server, like the table expressions of
// server_expr_probes.cpp. PostgreSQL prints a policy's USING and WITH CHECK with its own
// casts and qualification (`(tenant_id)::text = current_setting(...)`, `public.f(x)`),
// which depend on the text and on the types of the columns it reads. The differing
// policies of one table are probed together, in a transaction that is rolled back:
//
//   CREATE TEMP TABLE <the table's own name> (<the columns the policies read>);
//   CREATE POLICY pgmorph_probe_k<i> ON pg_temp.<name> [AS RESTRICTIVE] FOR cmd USING (...) ...
//
// The temp table takes the table's name because an expression may name it (a subquery's
// `documents.team_id`); two tables of one name go to different transactions. The policies
// are read back with pg_get_expr(polqual, polrelid), as queries/policies.sql reads
// pg_policy, and parsed by the same parser that reads the files.
#include "introspect/server_probes.hpp"

#include "parser/parse.hpp"
#include "schema/names.hpp"
#include "schema/normalize.hpp"

#include <algorithm>
#include <optional>
#include <set>

namespace pgmorph::introspect {

namespace {

using schema::Policy;
using schema::QualifiedName;
using schema::quote_ident;

/// One policy to render, and what came back.
struct PolicyProbe {
  schema::PolicyKey key;
  std::optional<std::string> server_using, server_check;
  bool read = false;
};

/// The probe table of one desired table, and its policies (indexes into the probes).
struct TableProbe {
  QualifiedName table;
  std::vector<schema::Column> columns;  ///< the table's columns its probed policies read
  std::vector<std::size_t> policies;
};

std::string policy_name(std::size_t i) { return "pgmorph_probe_k" + std::to_string(i); }

/// `CREATE POLICY <name> ON <table> ...` with `policy`'s command, kind and the expressions.
std::string policy_sql(const std::string& name, const std::string& table, const Policy& policy,
                       const std::optional<std::string>& using_expr, const std::optional<std::string>& check_expr) {
  std::string sql = "CREATE POLICY " + name + " ON " + table;
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

void collect(const schema::Catalog& current, const schema::Catalog& desired, std::vector<PolicyProbe>& probes,
             std::vector<TableProbe>& tables) {
  for (const auto& [key, policy] : desired.policies) {
    auto old = current.policies.find(key);
    auto table = desired.tables.find(key.table);
    if (old == current.policies.end() || table == desired.tables.end() ||
        (old->second.using_expr == policy.using_expr && old->second.check_expr == policy.check_expr))
      continue;
    if (tables.empty() || !(tables.back().table == key.table)) tables.push_back({key.table, {}, {}});
    TableProbe& probe_table = tables.back();  // policies come sorted by table
    probe_table.policies.push_back(probes.size());
    probes.push_back({key, {}, {}, false});
    for (const auto& column : table->second.columns) {
      const bool read = std::binary_search(policy.columns.begin(), policy.columns.end(), column.name);
      if (!read || find_named(probe_table.columns, column.name) != nullptr) continue;
      schema::Column bare;
      bare.name = column.name;
      bare.type = column.type;
      bare.collation = column.collation;
      probe_table.columns.push_back(std::move(bare));
    }
  }
}

/// Creates the probes of `table`; true when any policy was created.
bool create_probes(Prober& prober, const TableProbe& table, const std::vector<PolicyProbe>& probes,
                   const schema::Catalog& desired) {
  const std::string name = "pg_temp." + quote_ident(table.table.name);
  if (!prober.attempt(table_sql(name, table.columns))) return false;
  bool any = false;
  for (std::size_t i : table.policies) {
    const Policy& policy = desired.policies.at(probes[i].key);
    any |= prober.attempt(policy_sql(policy_name(i), name, policy, policy.using_expr, policy.check_expr));
  }
  return any;
}

/// Reads the expressions of every probe policy of this transaction as the server prints them.
void read_rendered(pqxx::nontransaction& tx, std::vector<PolicyProbe>& probes) {
  for (const auto& r : tx.exec("SELECT p.polname, pg_catalog.pg_get_expr(p.polqual, p.polrelid), "
                               "pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) FROM pg_catalog.pg_policy AS p "
                               "JOIN pg_catalog.pg_class AS c ON c.oid = p.polrelid "
                               "WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() "
                               "AND p.polname LIKE 'pgmorph\\_probe\\_k%'")) {
    const std::string name = r[0].c_str();
    for (std::size_t i = 0; i < probes.size(); ++i)
      if (policy_name(i) == name) {
        if (!r[1].is_null()) probes[i].server_using = r[1].c_str();
        if (!r[2].is_null()) probes[i].server_check = r[2].c_str();
        probes[i].read = true;
      }
  }
}

/// The server's text as a small schema file, parsed like any other; copies the canonical
/// expressions (and what they read) into the desired policy.
void adopt(const PolicyProbe& probe, const std::vector<schema::Column>& columns, schema::Catalog& desired) {
  if (!probe.read) return;
  Policy& policy = desired.policies.at(probe.key);
  const QualifiedName table{"public", "pgmorph_probe"};
  const std::string name = schema::quote_qualified(table);
  const std::string ddl = table_sql(name, columns) + ";\n" +
                          policy_sql("k", name, policy, probe.server_using, probe.server_check) + ";\n";
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
}

}  // namespace

std::size_t canonicalize_policy_expressions(Prober& prober, pqxx::nontransaction& tx,
                                            const schema::Catalog& current, schema::Catalog& desired) {
  std::vector<PolicyProbe> probes;
  std::vector<TableProbe> tables;
  collect(current, desired, probes, tables);
  std::vector<bool> done(tables.size(), false);
  for (std::size_t left = tables.size(); left > 0;) {
    // One transaction: tables of distinct names, up to k_probes_per_transaction policies.
    begin_probe_transaction(tx);
    std::set<std::string> names;
    std::size_t count = 0;
    bool any = false;
    for (std::size_t t = 0; t < tables.size(); ++t) {
      if (done[t] || names.contains(tables[t].table.name)) continue;
      if (count > 0 && count + tables[t].policies.size() > k_probes_per_transaction) break;
      names.insert(tables[t].table.name);
      count += tables[t].policies.size();
      done[t] = true;
      --left;
      any |= create_probes(prober, tables[t], probes, desired);
    }
    if (any) {
      tx.exec("SET LOCAL search_path = ''");
      read_rendered(tx, probes);
    }
    tx.exec("ROLLBACK");
  }
  for (const auto& table : tables)
    for (std::size_t i : table.policies) adopt(probes[i], table.columns, desired);
  return probes.size();
}

}  // namespace pgmorph::introspect
