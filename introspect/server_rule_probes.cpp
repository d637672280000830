// Rule texts rendered by the server, like the policy expressions of
// server_policy_probes.cpp. PostgreSQL prints a rule's condition and actions its own way
// (`new.id` for `NEW.id`, an INSERT's column list spelled out, relations qualified, casts
// made explicit), which depends on the text and on the columns of the rule's relation. Each
// differing rule gets a probe relation, in transactions that are rolled back:
//
//   CREATE TEMP TABLE pgmorph_probe_r<i> (<the table's columns>);   -- or a temp view
//   CREATE RULE pgmorph_probe_rule AS ON <event> TO pg_temp.pgmorph_probe_r<i> <the rest>;
//
// The probe relation has its own name (not the rule's table's): an action that writes to
// the rule's own table must still reach the real one. The rules are read back with
// pg_get_ruledef(oid, true), as queries/rules.sql reads them, and parsed by the same parser.
#include "introspect/server_probes.hpp"
#include "parser/parse.hpp"
#include "schema/names.hpp"
#include "schema/normalize.hpp"

#include <optional>

namespace pgmorph::introspect {

namespace {

using schema::QualifiedName;
using schema::quote_ident;
using schema::Rule;

constexpr std::string_view k_probe_rule = "pgmorph_probe_rule";

/// One rule to render, and what came back.
struct RuleProbe {
  schema::RuleKey key;
  std::string relation_sql;               ///< CREATE TEMP TABLE / VIEW of the probe relation
  std::optional<std::string> definition;  ///< pg_get_ruledef() of the probe rule
};

std::string relation_name(std::size_t i) {
  return "pgmorph_probe_r" + std::to_string(i);
}

/// `CREATE RULE <name> AS ON <event> TO <relation> [WHERE ...] DO ...` for `rule`.
std::string rule_sql(std::string_view name, const std::string& relation, const Rule& rule) {
  std::string sql = "CREATE RULE " + std::string(name) + " AS ON " +
                    std::string(schema::rule_event_keyword(rule.event)) + " TO " + relation;
  if (rule.condition) sql += " WHERE " + *rule.condition;
  sql += rule.instead ? " DO INSTEAD " : " DO ALSO ";
  if (rule.actions.empty()) return sql + "NOTHING";
  if (rule.actions.size() == 1) return sql + rule.actions.front();
  sql += "(";
  for (std::size_t i = 0; i < rule.actions.size(); ++i)
    sql += (i == 0 ? "" : "; ") + rule.actions[i];
  return sql + ")";
}

/// The temp relation standing for the rule's table (all its columns) or view (its query);
/// empty when the relation is neither.
std::string relation_sql(const schema::Catalog& desired, const QualifiedName& relation,
                         const std::string& name) {
  if (auto table = desired.tables.find(relation); table != desired.tables.end()) {
    std::string sql = "CREATE TEMP TABLE " + name + " (";
    const auto& columns = table->second.columns;
    for (std::size_t i = 0; i < columns.size(); ++i)
      sql += (i == 0 ? "" : ", ") + column_text(columns[i]);
    return sql + ")";
  }
  if (auto view = desired.views.find(relation);
      view != desired.views.end() && !view->second.materialized) {
    std::string sql = "CREATE TEMP VIEW " + name;
    if (!view->second.column_names.empty()) {
      sql += " (";
      for (std::size_t i = 0; i < view->second.column_names.size(); ++i)
        sql += (i == 0 ? "" : ", ") + quote_ident(view->second.column_names[i]);
      sql += ")";
    }
    return sql + " AS " + view->second.query;
  }
  return {};
}

std::vector<RuleProbe> collect(const schema::Catalog& current, const schema::Catalog& desired) {
  std::vector<RuleProbe> probes;
  for (const auto& [key, rule] : desired.rules) {
    auto old = current.rules.find(key);
    if (old == current.rules.end() ||
        (old->second.condition == rule.condition && old->second.actions == rule.actions))
      continue;
    std::string sql = relation_sql(desired, key.table, relation_name(probes.size()));
    if (!sql.empty()) probes.push_back({key, std::move(sql), std::nullopt});
  }
  return probes;
}

/// Reads every probe rule of this transaction as the server prints it.
void read_rendered(pqxx::nontransaction& tx, std::vector<RuleProbe>& probes) {
  for (const auto& r : tx.exec(
           "SELECT c.relname, pg_catalog.pg_get_ruledef(r.oid, true) "
           "FROM pg_catalog.pg_rewrite AS r JOIN pg_catalog.pg_class AS c ON c.oid = r.ev_class "
           "WHERE c.relnamespace" +
           std::string(k_probe_relations_in_temp_schema) + " AND r.rulename = '" +
           std::string(k_probe_rule) + "'")) {
    const std::string name = r[0].c_str();
    for (std::size_t i = 0; i < probes.size(); ++i)
      if (relation_name(i) == name && !r[1].is_null()) probes[i].definition = r[1].c_str();
  }
}

/// The server's text as a small schema file, parsed like any other; copies the canonical
/// condition and actions (and what they read) into the desired rule.
void adopt(const RuleProbe& probe, std::size_t i, schema::Catalog& desired) {
  if (!probe.definition) return;
  // Everything after the probe relation's name (`ON INSERT TO pgmorph_probe_r1 DO ...`).
  const std::string& text = *probe.definition;
  const std::string name = relation_name(i);
  const std::size_t to = text.find(" TO ");
  const std::size_t at = to == std::string::npos ? to : text.find(name, to);
  if (at == std::string::npos) return;
  Rule& rule = desired.rules.at(probe.key);
  const QualifiedName relation{"public", "pgmorph_probe"};
  const std::string qualified = schema::quote_qualified(relation);
  const std::string ddl = "CREATE TABLE " + qualified + " ();\nCREATE RULE k AS ON " +
                          std::string(schema::rule_event_keyword(rule.event)) + " TO " + qualified +
                          text.substr(at + name.size()) + ";\n";
  schema::Diagnostics ignored;
  std::optional<schema::Catalog> catalog = parser::parse_sql(ddl, "server rendering", ignored);
  if (!catalog) return;
  schema::normalize(*catalog);
  auto parsed = catalog->rules.find({relation, "k"});
  if (parsed == catalog->rules.end()) return;
  rule.condition = parsed->second.condition;
  rule.actions = parsed->second.actions;
  rule.columns = parsed->second.columns;
  rule.refs = parsed->second.refs;
}

}  // namespace

std::size_t canonicalize_rule_texts(Prober& prober, pqxx::nontransaction& tx,
                                    const schema::Catalog& current, schema::Catalog& desired) {
  std::vector<RuleProbe> probes = collect(current, desired);
  for (std::size_t first = 0; first < probes.size(); first += k_probes_per_transaction) {
    begin_probe_transaction(tx);
    bool any = false;
    for (std::size_t i = first; i < std::min(probes.size(), first + k_probes_per_transaction);
         ++i) {
      if (!prober.attempt(probes[i].relation_sql)) continue;
      const Rule& rule = desired.rules.at(probes[i].key);
      any |= prober.attempt(rule_sql(k_probe_rule, "pg_temp." + relation_name(i), rule));
    }
    if (any) {
      tx.exec("SET LOCAL search_path = ''");
      read_rendered(tx, probes);
    }
    tx.exec("ROLLBACK");
  }
  for (std::size_t i = 0; i < probes.size(); ++i) adopt(probes[i], i, desired);
  return probes.size();
}

}  // namespace pgmorph::introspect
