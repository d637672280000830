// CREATE STATISTICS and ALTER STATISTICS ... SET STATISTICS (extended statistics,
// pg_statistic_ext). The definition is spelled as pg_get_statisticsobjdef prints it, so the
// parsed and the introspected object compare equal.
#include <algorithm>

#include "parser/expr.hpp"
#include "parser/translate.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

void translate_create_statistics(Context& context, PgQuery__CreateStatsStmt* stmt) {
  if (stmt->n_defnames == 0)
    return context.error("unsupported-feature", "CREATE STATISTICS without a name is not supported; name it");
  if (stmt->n_relations != 1 || stmt->relations[0]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR)
    return context.error("invalid-object-definition", "only a single relation is allowed in CREATE STATISTICS");
  schema::Statistics statistics;
  statistics.name = qualified_from_parts(str_list(stmt->defnames, stmt->n_defnames));
  statistics.table = qualified_from_range_var(stmt->relations[0]->range_var);
  if (context.catalog().statistics.contains(statistics.name)) {
    if (!stmt->if_not_exists)
      context.error("duplicate-object", "statistics object \"" + statistics.name.name + "\" already exists");
    return;
  }
  auto table = context.catalog().tables.find(statistics.table);
  if (table == context.catalog().tables.end())
    return context.error("undefined-object", "relation \"" + statistics.table.name + "\" does not exist");
  // Kinds in the order PostgreSQL prints them; all of them (the default) print no list.
  bool ndistinct = stmt->n_stat_types == 0, dependencies = ndistinct, mcv = ndistinct;
  for (const auto& kind : str_list(stmt->stat_types, stmt->n_stat_types)) {
    if (kind == "ndistinct") ndistinct = true;
    else if (kind == "dependencies") dependencies = true;
    else if (kind == "mcv") mcv = true;
    else return context.error("invalid-object-definition", "unrecognized statistics kind \"" + kind + "\"");
  }
  // Columns in attnum order (stxkeys), then expressions in the order written.
  std::vector<std::pair<std::size_t, std::string>> columns;
  std::vector<std::string> expressions;
  for (std::size_t i = 0; i < stmt->n_exprs; ++i) {
    PgQuery__StatsElem* element = stmt->exprs[i]->stats_elem;
    if (element->name != nullptr && element->name[0] != '\0') {
      const auto& list = table->second.columns;
      auto found = std::find_if(list.begin(), list.end(), [&](const schema::Column& c) { return c.name == element->name; });
      if (found == list.end())
        return context.error("undefined-object", "column \"" + std::string(element->name) + "\" does not exist");
      columns.emplace_back(static_cast<std::size_t>(found - list.begin()), element->name);
    } else if (element->expr != nullptr) {
      expressions.push_back("(" + canonical_expression_text(context, element->expr, statistics.refs) + ")");
    }
  }
  if (columns.size() + expressions.size() < 2 && (stmt->n_stat_types > 0 || expressions.empty()))
    return context.error("invalid-object-definition",
                         "extended statistics require at least 2 columns (or a single expression without kinds)");
  std::sort(columns.begin(), columns.end());
  std::string kinds;
  if (!(ndistinct && dependencies && mcv) && !(columns.empty() && expressions.size() == 1)) {
    for (const auto& [on, name] : {std::pair{ndistinct, "ndistinct"}, {dependencies, "dependencies"}, {mcv, "mcv"}})
      if (on) kinds += std::string(kinds.empty() ? "(" : ", ") + name;
    kinds += ") ";
  }
  std::string on;
  for (const auto& [position, name] : columns) {
    on += (on.empty() ? "" : ", ") + schema::quote_ident(name);
    statistics.columns.push_back(name);
  }
  for (const auto& expression : expressions) on += (on.empty() ? "" : ", ") + expression;
  statistics.definition = kinds + "ON " + on + " FROM " + schema::quote_qualified(statistics.table);
  context.catalog().statistics.emplace(statistics.name, std::move(statistics));
}

void translate_alter_statistics(Context& context, PgQuery__AlterStatsStmt* stmt) {
  const schema::QualifiedName name = qualified_from_parts(str_list(stmt->defnames, stmt->n_defnames));
  auto found = context.catalog().statistics.find(name);
  if (found == context.catalog().statistics.end()) {
    if (!stmt->missing_ok)
      context.error("undefined-object", "statistics object \"" + name.name + "\" does not exist");
    return;
  }
  // PostgreSQL lowers a target above 10000 to 10000; -1 is the default.
  const int target = stmt->stxstattarget;
  if (target < -1) return context.error("invalid-object-definition", "statistics target " + std::to_string(target) + " is too low");
  if (target == -1)
    found->second.target.reset();
  else
    found->second.target = std::min(target, 10000);
}

}  // namespace pgmorph::parser
