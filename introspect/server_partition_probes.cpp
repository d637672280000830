// Partition keys and bounds rendered by the server. PostgreSQL stores a bound as constants
// of the key's types and prints them in those types' output format (a timestamp bound
// written '2024-01-01' comes back '2024-01-01 00:00:00', -1 comes back '-1'), and prints a
// key with its own parentheses, collations and operator classes. For every desired
// partitioned table whose key, and every partition whose bound, differs from its live
// counterpart, one probe in a transaction that is rolled back:
//
//   CREATE TEMP TABLE pgmorph_probe_p<n> (<the parent's columns>) PARTITION BY <parent key>;
//   CREATE TEMP TABLE pgmorph_probe_q<n> PARTITION OF pg_temp.pgmorph_probe_p<n> <bound>;
//   SELECT pg_get_expr(relpartbound, oid) / pg_get_partkeydef(oid)   -- search_path = ''
//
// The text read back goes through the same parser as the files and the introspection.
#include "introspect/server_probes.hpp"
#include "parser/parse.hpp"
#include "schema/names.hpp"
#include "schema/normalize.hpp"

#include <optional>

namespace pgmorph::introspect {

namespace {

using schema::QualifiedName;
using schema::quote_ident;

std::string columns_sql(const std::vector<schema::Column>& columns) {
  std::string sql = " (";
  for (std::size_t i = 0; i < columns.size(); ++i)
    sql += (i == 0 ? "" : ", ") + column_text(columns[i]);
  return sql + ")";
}

/// Runs `create` in its own rolled-back transaction and returns the one value `read` selects.
std::optional<std::string> probe(Prober& prober, pqxx::nontransaction& tx,
                                 const std::string& create, const std::string& read) {
  begin_probe_transaction(tx);
  std::optional<std::string> value;
  if (prober.attempt(create)) {
    tx.exec("SET LOCAL search_path = ''");
    const pqxx::result result = tx.exec(read);
    if (!result.empty() && !result[0][0].is_null()) value = result[0][0].c_str();
  }
  tx.exec("ROLLBACK");
  return value;
}

/// The parser's reading of the server's text: a parent with `key` and, when `bound` is set,
/// one partition with it.
std::optional<schema::Table> parse_back(const std::vector<schema::Column>& columns,
                                        const std::string& key,
                                        const std::optional<std::string>& bound) {
  std::string ddl = "CREATE TABLE public.p" + columns_sql(columns) + " PARTITION BY " + key + ";\n";
  if (bound) ddl += "CREATE TABLE public.c PARTITION OF public.p " + *bound + ";\n";
  schema::Diagnostics ignored;
  std::optional<schema::Catalog> catalog = parser::parse_sql(ddl, "server rendering", ignored);
  if (!catalog) return std::nullopt;
  schema::normalize(*catalog);
  auto found = catalog->tables.find({"public", bound ? "c" : "p"});
  if (found == catalog->tables.end()) return std::nullopt;
  return found->second;
}

}  // namespace

std::size_t canonicalize_partition_texts(Prober& prober, pqxx::nontransaction& tx,
                                         const schema::Catalog& current, schema::Catalog& desired) {
  std::size_t count = 0;
  for (auto& [name, table] : desired.tables) {
    auto old = current.tables.find(name);
    if (old == current.tables.end()) continue;
    if (!table.partition_key.empty() && !old->second.partition_key.empty() &&
        table.partition_key != old->second.partition_key) {
      ++count;
      const std::string temp = prober.next_name('p');
      const auto key = probe(prober, tx,
                             "CREATE TEMP TABLE " + quote_ident(temp) + columns_sql(table.columns) +
                                 " PARTITION BY " + table.partition_key,
                             "SELECT pg_catalog.pg_get_partkeydef('pg_temp." + quote_ident(temp) +
                                 "'::pg_catalog.regclass)");
      if (key)
        if (auto parsed = parse_back(table.columns, *key, std::nullopt))
          table.partition_key = parsed->partition_key;
    }
  }
  // Bounds after keys: a bound is rendered under its parent's (now canonical) key.
  for (auto& [name, table] : desired.tables) {
    auto old = current.tables.find(name);
    if (old == current.tables.end() || !table.partition_of || !old->second.partition_of ||
        table.partition_of->bound == old->second.partition_of->bound)
      continue;
    auto parent = desired.tables.find(table.partition_of->parent);
    if (parent == desired.tables.end() || parent->second.partition_key.empty()) continue;
    ++count;
    const std::string temp_parent = prober.next_name('p');
    const std::string temp = prober.next_name('q');
    const auto bound = probe(prober, tx,
                             "CREATE TEMP TABLE " + quote_ident(temp_parent) +
                                 columns_sql(parent->second.columns) + " PARTITION BY " +
                                 parent->second.partition_key + ";\nCREATE TEMP TABLE " +
                                 quote_ident(temp) + " PARTITION OF pg_temp." +
                                 quote_ident(temp_parent) + " " + table.partition_of->bound,
                             "SELECT pg_catalog.pg_get_expr(c.relpartbound, c.oid) FROM "
                             "pg_catalog.pg_class AS c WHERE c.oid = 'pg_temp." +
                                 quote_ident(temp) + "'::pg_catalog.regclass");
    if (!bound) continue;
    if (auto parsed = parse_back(parent->second.columns, parent->second.partition_key, *bound))
      if (parsed->partition_of) table.partition_of->bound = parsed->partition_of->bound;
  }
  return count;
}

}  // namespace pgmorph::introspect
