// How the probes work. Everything runs in one transaction on its own connection:
//
//   BEGIN; <session settings>; SET LOCAL search_path = public;
//   per candidate: SAVEPOINT; CREATE TEMP TABLE / ALTER ... / CREATE INDEX / CREATE TEMP
//                  VIEW / CREATE DOMAIN pg_temp... ; RELEASE (or ROLLBACK TO on error)
//   SET LOCAL search_path = '';  read pg_get_expr / pg_get_constraintdef / ... back
//   ROLLBACK
//
// Objects are created with search_path = public because that is the schema the parser
// assumes for unqualified names; they are read with an empty search_path, as the
// introspection reads the catalog, so the server qualifies every name the same way. The
// texts read back become rows for ddl_writer, and the DDL it writes goes through the same
// parser and normalizer as any introspected database: the result is exactly what
// introspecting the object would give once the plan has been applied.
#include "introspect/server_canonical.hpp"

#include "introspect/connection.hpp"
#include "introspect/ddl_writer.hpp"
#include "introspect/pg_source.hpp"
#include "introspect/server_probes.hpp"
#include "parser/parse.hpp"
#include "schema/names.hpp"
#include "schema/normalize.hpp"

#include <pqxx/pqxx>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

namespace pgmorph::introspect {

namespace {

using schema::QualifiedName;
using schema::quote_ident;
using schema::quote_qualified;

bool is_expression_constraint(const schema::Constraint& constraint) {
  return constraint.kind == schema::ConstraintKind::check ||
         constraint.kind == schema::ConstraintKind::exclude;
}

class Prober {
 public:
  explicit Prober(pqxx::nontransaction& tx) : m_tx(tx) {}

  /// Runs `sql` inside a savepoint; false (and the savepoint undone) when the server
  /// rejects it.
  bool attempt(const std::string& sql) {
    // One round trip when the server accepts it: the probes are many and each is cheap.
    try {
      m_tx.exec("SAVEPOINT pgmorph_probe; " + sql + "; RELEASE SAVEPOINT pgmorph_probe");
    } catch (const pqxx::sql_error&) {
      m_tx.exec("ROLLBACK TO SAVEPOINT pgmorph_probe");
      return false;
    }
    return true;
  }

  std::string next_name(char kind) {
    return "pgmorph_probe_" + std::string(1, kind) + std::to_string(++m_counter);
  }

 private:
  pqxx::nontransaction& m_tx;
  int m_counter = 0;
};

std::string column_list(const schema::Table& table, bool with_generated) {
  std::string out;
  for (const auto& column : table.columns) {
    out += (out.empty() ? "" : ", ") + quote_ident(column.name) + " " + column.type;
    if (column.collation) out += " COLLATE " + *column.collation;
    if (with_generated && column.generated_expr)
      out += " GENERATED ALWAYS AS (" + *column.generated_expr + ") STORED";
  }
  return out;
}

/// The usual case: the whole temp copy, with every differing default, generated expression
/// and constraint, in one statement.
bool probe_table_at_once(Prober& prober, const std::string& head, const schema::Table& want,
                         const schema::Table& have, TableProbe& probe) {
  std::string sql = head;
  std::vector<std::string> defaults, generated, constraints;
  for (const auto& column : want.columns) {
    sql += (&column == &want.columns.front() ? "" : ", ") + quote_ident(column.name) + " " +
           column.type;
    if (column.collation) sql += " COLLATE " + *column.collation;
    const schema::Column* old = find_named(have.columns, column.name);
    if (column.generated_expr) {
      sql += " GENERATED ALWAYS AS (" + *column.generated_expr + ") STORED";
      if (old != nullptr && column.generated_expr != old->generated_expr)
        generated.push_back(column.name);
    } else if (old != nullptr && column.default_expr && column.default_expr != old->default_expr) {
      sql += " DEFAULT " + *column.default_expr;
      defaults.push_back(column.name);
    }
  }
  for (const auto& constraint : want.constraints) {
    const schema::Constraint* old = find_named(have.constraints, constraint.name);
    if (old == nullptr || !is_expression_constraint(constraint) ||
        old->definition == constraint.definition)
      continue;
    sql += (want.columns.empty() && constraints.empty() ? "" : ", ");
    sql += "CONSTRAINT " + quote_ident(constraint.name) + " " + constraint.definition;
    constraints.push_back(constraint.name);
  }
  if (!prober.attempt(sql + ")")) return false;
  probe.defaults = std::move(defaults);
  probe.generated = std::move(generated);
  probe.constraints = std::move(constraints);
  return true;
}

/// Creates the temp copy of `want` (columns with their types) and probes the defaults,
/// generated expressions and CHECK / EXCLUDE constraints that differ from `have`. Returns
/// false when the table itself could not be created.
bool probe_table(Prober& prober, const schema::Table& want, const schema::Table& have,
                 TableProbe& probe) {
  probe.probe = prober.next_name('t');
  const std::string head = "CREATE TEMP TABLE " + quote_ident(probe.probe) + " (";
  if (probe_table_at_once(prober, head, want, have, probe)) return true;
  bool with_generated = prober.attempt(head + column_list(want, true) + ")");
  if (!with_generated && !prober.attempt(head + column_list(want, false) + ")")) return false;
  const std::string alter = "ALTER TABLE pg_temp." + quote_ident(probe.probe) + " ";
  for (const auto& column : want.columns) {
    const schema::Column* old = find_named(have.columns, column.name);
    if (old == nullptr) continue;
    if (with_generated && column.generated_expr && column.generated_expr != old->generated_expr)
      probe.generated.push_back(column.name);
    if (column.default_expr && column.default_expr != old->default_expr &&
        prober.attempt(alter + "ALTER COLUMN " + quote_ident(column.name) + " SET DEFAULT " +
                       *column.default_expr))
      probe.defaults.push_back(column.name);
  }
  for (const auto& constraint : want.constraints) {
    const schema::Constraint* old = find_named(have.constraints, constraint.name);
    if (old == nullptr || !is_expression_constraint(constraint) ||
        old->definition == constraint.definition)
      continue;
    if (prober.attempt(alter + "ADD CONSTRAINT " + quote_ident(constraint.name) + " " +
                       constraint.definition))
      probe.constraints.push_back(constraint.name);
  }
  return true;
}

bool table_needs_probe(const schema::Table& want, const schema::Table& have) {
  for (const auto& column : want.columns) {
    const schema::Column* old = find_named(have.columns, column.name);
    if (old != nullptr && ((column.default_expr && column.default_expr != old->default_expr) ||
                           (column.generated_expr && column.generated_expr != old->generated_expr)))
      return true;
  }
  for (const auto& constraint : want.constraints) {
    const schema::Constraint* old = find_named(have.constraints, constraint.name);
    if (old != nullptr && is_expression_constraint(constraint) &&
        old->definition != constraint.definition)
      return true;
  }
  return false;
}

void probe_indexes(Prober& prober, const schema::Catalog& current,
                   const schema::Catalog& desired, const std::map<QualifiedName, std::string>& temp_of,
                   ProbeSet& probes) {
  for (const auto& [key, index] : desired.indexes) {
    auto old = current.indexes.find(key);
    if (old == current.indexes.end() || old->second.definition == index.definition) continue;
    auto temp = temp_of.find(index.table);
    const std::string prefix = quote_qualified(index.table) + " ";
    if (temp == temp_of.end() || !index.definition.starts_with(prefix)) continue;
    const std::string name = prober.next_name('i');
    if (prober.attempt(std::string(index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") +
                       quote_ident(name) + " ON pg_temp." + quote_ident(temp->second) + " " +
                       index.definition.substr(prefix.size())))
      probes.indexes.emplace(name, key);
  }
}

void probe_views(Prober& prober, const schema::Catalog& current, const schema::Catalog& desired,
                 ProbeSet& probes) {
  for (const auto& [key, view] : desired.views) {
    auto old = current.views.find(key);
    if (old == current.views.end() ||
        (old->second.query == view.query && old->second.column_names == view.column_names))
      continue;
    const std::string name = prober.next_name('v');
    std::string sql = "CREATE TEMP VIEW " + quote_ident(name);
    if (!view.column_names.empty()) {
      sql += " (";
      for (std::size_t i = 0; i < view.column_names.size(); ++i)
        sql += (i == 0 ? "" : ", ") + quote_ident(view.column_names[i]);
      sql += ")";
    }
    if (prober.attempt(sql + " AS " + view.query)) probes.views.emplace(name, key);
  }
}

void probe_domains(Prober& prober, const schema::Catalog& current,
                   const schema::Catalog& desired, ProbeSet& probes) {
  for (const auto& [key, domain] : desired.domains) {
    auto old = current.domains.find(key);
    if (old == current.domains.end() || (old->second.default_expr == domain.default_expr &&
                                         old->second.checks == domain.checks))
      continue;
    const std::string name = prober.next_name('d');
    std::string sql = "CREATE DOMAIN pg_temp." + quote_ident(name) + " AS " + domain.base_type;
    if (domain.collation) sql += " COLLATE " + *domain.collation;
    if (domain.default_expr) sql += " DEFAULT " + *domain.default_expr;
    for (const auto& check : domain.checks)
      sql += " CONSTRAINT " + quote_ident(check.name) + " " + check.definition;
    if (prober.attempt(sql)) probes.domains.emplace(name, key);
  }
}

/// `CREATE OR REPLACE FUNCTION schema.name(` (or PROCEDURE): how the model's definition
/// of `function` starts.
std::string routine_head(const schema::Function& function) {
  return std::string("CREATE OR REPLACE ") + (function.is_procedure ? "PROCEDURE " : "FUNCTION ") +
         quote_qualified(function.name) + "(";
}

void probe_functions(Prober& prober, const schema::Catalog& current,
                     const schema::Catalog& desired, ProbeSet& probes) {
  for (const auto& [key, function] : desired.functions) {
    auto old = current.functions.find(key);
    if (old == current.functions.end() || old->second.definition == function.definition) continue;
    const std::string head = routine_head(function);
    if (!function.definition.starts_with(head)) continue;
    const std::string name = prober.next_name('f');
    if (prober.attempt(std::string("CREATE ") + (function.is_procedure ? "PROCEDURE" : "FUNCTION") +
                       " pg_temp." + quote_ident(name) + "(" +
                       function.definition.substr(head.size())))
      probes.functions.emplace(name, key);
  }
}

/// The desired tables to copy into pg_temp: those with a differing default, generated
/// expression or CHECK / EXCLUDE constraint, or with an index that differs.
std::vector<QualifiedName> tables_to_probe(const schema::Catalog& current,
                                           const schema::Catalog& desired) {
  std::set<QualifiedName> index_tables;
  for (const auto& [key, index] : desired.indexes) {
    auto old = current.indexes.find(key);
    if (old != current.indexes.end() && old->second.definition != index.definition)
      index_tables.insert(index.table);
  }
  std::vector<QualifiedName> tables;
  for (const auto& [key, table] : desired.tables) {
    auto old = current.tables.find(key);
    if (old == current.tables.end()) continue;
    if (index_tables.contains(key) || table_needs_probe(table, old->second)) tables.push_back(key);
  }
  return tables;
}

/// Creates the probes of `tables` (and their indexes) and, with `others`, of the views,
/// domains and functions.
ProbeSet create_probes(Prober& prober, const schema::Catalog& current,
                       const schema::Catalog& desired, const std::vector<QualifiedName>& tables,
                       bool others) {
  ProbeSet probes;
  std::map<QualifiedName, std::string> temp_of;
  for (const auto& key : tables) {
    TableProbe probe{key, {}, {}, {}, {}};
    if (!probe_table(prober, desired.tables.at(key), current.tables.at(key), probe)) continue;
    temp_of.emplace(key, probe.probe);
    probes.tables.push_back(std::move(probe));
  }
  probe_indexes(prober, current, desired, temp_of, probes);
  if (!others) return probes;
  probe_views(prober, current, desired, probes);
  probe_domains(prober, current, desired, probes);
  probe_functions(prober, current, desired, probes);
  return probes;
}

template <typename Item>
void append(std::vector<Item>& into, std::vector<Item>&& from) {
  into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void append(ProbeSet& into, ProbeSet&& from) {
  append(into.tables, std::move(from.tables));
  into.indexes.merge(from.indexes);
  into.views.merge(from.views);
  into.domains.merge(from.domains);
  into.functions.merge(from.functions);
}

void append(CatalogRows& into, CatalogRows&& from) {
  append(into.tables, std::move(from.tables));
  append(into.constraints, std::move(from.constraints));
  append(into.indexes, std::move(from.indexes));
  append(into.views, std::move(from.views));
  append(into.domains, std::move(from.domains));
  append(into.functions, std::move(from.functions));
}

/// Tables copied per transaction. Every temp table, index and constraint holds a lock
/// until the transaction ends, and the lock table is shared by the whole server
/// (max_locks_per_transaction x max_connections slots): thousands of probes in one
/// transaction would exhaust it and fail other sessions too.
constexpr std::size_t k_tables_per_transaction = 100;

bool empty(const ProbeSet& probes) {
  return probes.tables.empty() && probes.indexes.empty() && probes.views.empty() &&
         probes.domains.empty() && probes.functions.empty();
}

}  // namespace

void canonicalize_on_server(const std::string& conninfo, schema::Catalog& current,
                            schema::Catalog& desired, schema::Diagnostics& diagnostics) {
  try {
    pqxx::connection connection(conninfo);
    connection.set_client_encoding("UTF8");
    pqxx::nontransaction tx(connection);
    const std::string role = tx.exec("SELECT current_user")[0][0].c_str();
    schema::adopt_migration_role(current, role);
    schema::adopt_migration_role(desired, role);
    // Nothing here is ever committed: each transaction only holds temporary objects.
    const std::vector<QualifiedName> tables = tables_to_probe(current, desired);
    Prober prober(tx);
    ProbeSet probes;
    CatalogRows rows;
    for (std::size_t start = 0; start == 0 || start < tables.size();
         start += k_tables_per_transaction) {
      const std::vector<QualifiedName> chunk(
          tables.begin() + static_cast<std::ptrdiff_t>(start),
          tables.begin() + static_cast<std::ptrdiff_t>(
                               std::min(tables.size(), start + k_tables_per_transaction)));
      tx.exec("BEGIN");
      tx.exec(std::string(k_session_settings));
      tx.exec("SET LOCAL search_path = public");
      // Function bodies are not what is compared here; the server need not check them.
      tx.exec("SET LOCAL check_function_bodies = false");
      ProbeSet created = create_probes(prober, current, desired, chunk, start == 0);
      if (!empty(created)) {
        tx.exec("SET LOCAL search_path = ''");
        append(rows, read_probes(tx, desired, created));
        append(probes, std::move(created));
      }
      tx.exec("ROLLBACK");
    }
    if (std::getenv("PGMORPH_TIMING") != nullptr)
      std::fprintf(stderr,
                   "pgmorph: timing: server probes: %zu tables, %zu indexes, %zu views, %zu "
                   "domains, %zu functions\n",
                   probes.tables.size(), probes.indexes.size(), probes.views.size(),
                   probes.domains.size(), probes.functions.size());
    if (empty(probes)) return;
    schema::Diagnostics probe_diagnostics;
    const std::string ddl = write_ddl(rows, probe_diagnostics);
    std::optional<schema::Catalog> probed = parser::parse_sql(ddl, "server rendering", probe_diagnostics);
    if (!probed) {
      diagnostics.push_back({schema::Severity::warning, "server-canonicalization-skipped",
                             "the server's rendering of the changed objects did not parse back; "
                             "they are compared as written",
                             std::nullopt});
      return;
    }
    schema::normalize(*probed);
    adopt_probed(*probed, probes, desired);
  } catch (const std::exception& failure) {
    diagnostics.push_back({schema::Severity::warning, "server-canonicalization-skipped",
                           "could not ask the server to render the changed objects (" +
                               mask_password(conninfo) + "): " +
                               scrub_secrets(std::string(failure.what()).substr(
                                                 0, std::string(failure.what()).find('\n')),
                                             conninfo) +
                               "; they are compared as written",
                           std::nullopt});
  }
}

}  // namespace pgmorph::introspect
