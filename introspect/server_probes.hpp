// Internal to server_canonical: the probe objects created in pg_temp, how their server
// rendering is read back, and how it is copied into the desired catalog.
#pragma once

#include "introspect/rows.hpp"
#include "schema/model.hpp"
#include "schema/names.hpp"

#include <pqxx/pqxx>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pgmorph::introspect {

/// The element of `items` whose `name` is `name`, or null.
template <typename Named>
const Named* find_named(const std::vector<Named>& items, const std::string& name) {
  for (const auto& item : items)
    if (item.name == name) return &item;
  return nullptr;
}

template <typename Named>
Named* find_named(std::vector<Named>& items, const std::string& name) {
  for (auto& item : items)
    if (item.name == name) return &item;
  return nullptr;
}

/// `name type [COLLATE c]`: a column of a probe table.
inline std::string column_text(const schema::Column& column) {
  std::string out = schema::quote_ident(column.name) + " " + column.type;
  if (column.collation) out += " COLLATE " + *column.collation;
  return out;
}

/// Runs probe statements inside savepoints of the current transaction.
class Prober {
 public:
  explicit Prober(pqxx::nontransaction& tx) : m_tx(tx) {}

  /// Runs `sql` (one or more statements) inside a savepoint; false, with the savepoint
  /// undone, when the server rejects it. One round trip when it is accepted.
  bool attempt(const std::string& sql);

  /// A fresh temp object name, `pgmorph_probe_<kind><n>`.
  std::string next_name(char kind) {
    return "pgmorph_probe_" + std::string(1, kind) + std::to_string(++m_counter);
  }

 private:
  pqxx::nontransaction& m_tx;
  int m_counter = 0;
};

/// Probes per transaction. Every temp object holds a lock until its transaction ends, and
/// the lock table is shared by the whole server (max_locks_per_transaction x
/// max_connections slots): thousands of probes in one transaction would exhaust it and make
/// other sessions fail too.
inline constexpr std::size_t k_probes_per_transaction = 100;

/// SQL that completes `WHERE c.relnamespace` (c being pg_class) to select this session's
/// probe relations, `pgmorph_probe_*` in its temporary schema.
inline constexpr std::string_view k_probe_relations_in_temp_schema =
    " = pg_catalog.pg_my_temp_schema() AND c.relname LIKE 'pgmorph\\_probe\\_%'";

/// BEGIN, the introspection's session settings (pg_source.hpp), search_path = public (the
/// schema the parser assumes for unqualified names) and no function body checks.
void begin_probe_transaction(pqxx::nontransaction& tx);

/// Renders, once per distinct text and mentioned column types, every column default,
/// generated expression, CHECK / EXCLUDE constraint and table index of `desired` that
/// differs from its counterpart in `current`, and puts the server's form (parsed and
/// normalized) in its place. Runs its own transactions (rolled back). Returns the number of
/// distinct probes.
std::size_t canonicalize_table_expressions(Prober& prober, pqxx::nontransaction& tx,
                                           const schema::Catalog& current,
                                           schema::Catalog& desired);

/// Renders the USING and WITH CHECK expressions of every policy of `desired` whose
/// expressions differ from its counterpart's in `current` (on a temp table with the columns
/// they read), and puts the server's form (parsed and normalized) in their place. Runs its
/// own transactions (rolled back). Returns the number of probes.
std::size_t canonicalize_policy_expressions(Prober& prober, pqxx::nontransaction& tx,
                                            const schema::Catalog& current, schema::Catalog& desired);

/// Renders the condition and actions of every rule of `desired` whose texts differ from its
/// counterpart's in `current` (on a temp table with its table's columns, or a temp view
/// with its view's query), and puts the server's form (parsed and normalized) in their
/// place. Runs its own transactions (rolled back). Returns the number of probes.
std::size_t canonicalize_rule_texts(Prober& prober, pqxx::nontransaction& tx, const schema::Catalog& current,
                                    schema::Catalog& desired);

/// Renders the partition key of every partitioned table, and the bound of every partition,
/// of `desired` that differs from its counterpart in `current` (temp partitioned tables and
/// partitions), and puts the server's form (parsed and normalized) in its place. Runs its
/// own transactions (rolled back). Returns the number of probes.
std::size_t canonicalize_partition_texts(Prober& prober, pqxx::nontransaction& tx, const schema::Catalog& current,
                                         schema::Catalog& desired);

/// Every probe created in one transaction, by the temp name it was given.
struct ProbeSet {
  std::map<std::string, schema::QualifiedName> views;    ///< probe name -> desired view
  std::map<std::string, schema::QualifiedName> domains;  ///< probe name -> desired domain
  std::map<std::string, schema::FunctionKey> functions;  ///< probe name -> desired routine
};

/// Reads the server's rendering of every probe (with the session's search_path empty) as
/// rows named like the desired objects they stand for.
CatalogRows read_probes(pqxx::nontransaction& tx, const schema::Catalog& desired,
                        const ProbeSet& probes);

/// Copies the server-rendered fields of `probed` (the rows, written, parsed and normalized)
/// into `desired`: expressions, definitions and the references they make.
void adopt_probed(const schema::Catalog& probed, const ProbeSet& probes, schema::Catalog& desired);

}  // namespace pgmorph::introspect
