// How the probes work. Everything runs on its own connection, in transactions of at most
// k_probes_per_transaction probes that are always rolled back:
//
//   BEGIN; <session settings>; SET LOCAL search_path = public;
//   per candidate: SAVEPOINT; CREATE TEMP TABLE / CREATE INDEX / CREATE TEMP VIEW /
//                  CREATE DOMAIN pg_temp... ; RELEASE (or ROLLBACK TO on error)
//   SET LOCAL search_path = '';  read pg_get_expr / pg_get_constraintdef / ... back
//   ROLLBACK
//
// Table expressions (defaults, checks, indexes) are probed once per distinct text
// (server_expr_probes.cpp); views, domains and functions once per object.
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
#include "schema/stage_timer.hpp"

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

/// Creates the probes of the views, domains and functions.
ProbeSet create_probes(Prober& prober, const schema::Catalog& current,
                       const schema::Catalog& desired) {
  ProbeSet probes;
  probe_views(prober, current, desired, probes);
  probe_domains(prober, current, desired, probes);
  probe_functions(prober, current, desired, probes);
  return probes;
}

bool empty(const ProbeSet& probes) {
  return probes.views.empty() && probes.domains.empty() && probes.functions.empty();
}

}  // namespace

bool Prober::attempt(const std::string& sql) {
  try {
    m_tx.exec("SAVEPOINT pgmorph_probe; " + sql + "; RELEASE SAVEPOINT pgmorph_probe");
  } catch (const pqxx::sql_error&) {
    m_tx.exec("ROLLBACK TO SAVEPOINT pgmorph_probe");
    return false;
  }
  return true;
}

void begin_probe_transaction(pqxx::nontransaction& tx) {
  tx.exec("BEGIN");
  tx.exec(std::string(k_session_settings));
  tx.exec("SET LOCAL search_path = public");
  // Function bodies are not what is compared here; the server need not check them.
  tx.exec("SET LOCAL check_function_bodies = false");
}

/// Introspection leaves out an extension comment that is its control file's own (CREATE
/// EXTENSION sets it); a schema file written by pg_dump spells it out. The same default on
/// the file side is "no comment of its own" too.
void drop_default_extension_comments(pqxx::nontransaction& tx, schema::Catalog& desired) {
  bool any = false;
  for (const auto& [name, extension] : desired.extensions) any = any || extension.comment.has_value();
  if (!any) return;
  // One query for all of them: the available extensions are few.
  for (const auto& row : tx.exec("SELECT name, comment FROM pg_catalog.pg_available_extensions")) {
    auto extension = desired.extensions.find(row[0].c_str());
    if (extension != desired.extensions.end() && !row[1].is_null() &&
        extension->second.comment == std::string(row[1].c_str()))
      extension->second.comment.reset();
  }
}

void canonicalize_on_server(const std::string& conninfo, schema::Catalog& current,
                            schema::Catalog& desired, schema::Diagnostics& diagnostics) {
  try {
    pqxx::connection connection(conninfo);
    connection.set_client_encoding("UTF8");
    pqxx::nontransaction tx(connection);
    const std::string role = tx.exec("SELECT current_user")[0][0].c_str();
    schema::adopt_migration_role(current, role);
    schema::adopt_migration_role(desired, role);
    drop_default_extension_comments(tx, desired);
    // Nothing here is ever committed: each transaction only holds temporary objects.
    Prober prober(tx);
    const std::size_t expressions = canonicalize_table_expressions(prober, tx, current, desired);
    const std::size_t policies = canonicalize_policy_expressions(prober, tx, current, desired);
    const std::size_t rules = canonicalize_rule_texts(prober, tx, current, desired);
    canonicalize_partition_texts(prober, tx, current, desired);
    begin_probe_transaction(tx);
    const ProbeSet probes = create_probes(prober, current, desired);
    CatalogRows rows;
    if (!empty(probes)) {
      tx.exec("SET LOCAL search_path = ''");
      rows = read_probes(tx, desired, probes);
    }
    tx.exec("ROLLBACK");
    if (schema::StageTimer().enabled())
      std::fprintf(stderr,
                   "pgmorph: timing: server probes: %zu table expressions, %zu policies, %zu rules, "
                   "%zu views, %zu domains, %zu functions\n",
                   expressions, policies, rules, probes.views.size(), probes.domains.size(),
                   probes.functions.size());
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
