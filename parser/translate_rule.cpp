// CREATE [OR REPLACE] RULE. The condition and every action are kept as canonical text
// (libpg_query's deparser after the parser's rewrites), like a view's query; what they read
// is collected for ordering and for "recreate around a changed column". PostgreSQL's checks
// that need no other catalog (rewriteDefine.c) are repeated so a file the server would
// reject is an error here too.
#include "parser/expr.hpp"
#include "parser/refs.hpp"
#include "parser/translate.hpp"
#include "schema/names.hpp"

namespace pgmorph::parser {

namespace {

using schema::Rule;
using schema::RuleEvent;

std::string exists_message(const schema::RuleKey& key, std::string_view how) {
  return "rule \"" + key.name + "\" for relation \"" + display_name(key.table) + "\" " +
         std::string(how);
}

/// The event of `stmt`; false after a diagnostic (ON SELECT).
bool event_of(Context& context, const PgQuery__RuleStmt* stmt, RuleEvent& event) {
  switch (stmt->event) {
  case PG_QUERY__CMD_TYPE__CMD_INSERT:
    event = RuleEvent::insert;
    return true;
  case PG_QUERY__CMD_TYPE__CMD_UPDATE:
    event = RuleEvent::update;
    return true;
  case PG_QUERY__CMD_TYPE__CMD_DELETE:
    event = RuleEvent::delete_;
    return true;
  default:
    // Since PostgreSQL 16 the only ON SELECT rule is a view's `_RETURN`; in 15 one can
    // still turn an empty table into a view this way. Either way it is a view.
    context.error("unsupported-feature",
                  "ON SELECT rules are not supported; write the view as CREATE VIEW",
                  stmt->relation->location);
    return false;
  }
}

/// True when the rule's relation is a table or a (non-materialized) view of the catalog;
/// reports otherwise.
bool relation_ok(Context& context, const PgQuery__RangeVar* relation,
                 const schema::QualifiedName& name) {
  const auto& catalog = context.catalog();
  if (catalog.tables.count(name) != 0) return true;
  auto view = catalog.views.find(name);
  if (view != catalog.views.end() && !view->second.materialized) return true;
  if (context.failed(name)) return false;
  if (view != catalog.views.end())
    context.error("wrong-object-type", "rules on materialized views are not supported",
                  relation->location);
  else if (context.relation_exists(name))
    context.error("wrong-object-type", "relation \"" + display_name(name) + "\" cannot have rules",
                  relation->location);
  else
    context.error("undefined-object", "relation \"" + display_name(name) + "\" does not exist",
                  relation->location);
  return false;
}

/// The canonical text of one action statement; adds what it reads to `rule`.
std::string action_text(Context& context, PgQuery__Node* action, Rule& rule) {
  const auto ctes = collect_cte_names(&action->base);
  canonicalize_expr(context.arena(), action);
  collect_refs(&action->base, rule.refs, ctes);
  for (auto& column : referenced_columns(&action->base)) rule.columns.push_back(std::move(column));
  return deparse_statement(action);
}

}  // namespace

void translate_create_rule(Context& context, PgQuery__RuleStmt* stmt) {
  Rule rule;
  rule.name = stmt->rulename;
  rule.table = qualified_from_range_var(stmt->relation);
  if (!relation_ok(context, stmt->relation, rule.table)) return;
  if (!event_of(context, stmt, rule.event)) return;
  if (rule.name == "_RETURN")
    return context.error("unsupported-feature", "a rule named \"_RETURN\" is reserved for views",
                         stmt->relation->location);
  const schema::RuleKey key{rule.table, rule.name};
  auto& rules = context.catalog().rules;
  auto old = rules.find(key);
  if (old != rules.end() && !stmt->replace)
    return context.error("duplicate-object", exists_message(key, "already exists"),
                         stmt->relation->location);
  rule.instead = stmt->instead;
  if (stmt->where_clause != nullptr) {
    rule.condition = canonical_expression_text(context, stmt->where_clause, rule.refs);
    for (auto& column : referenced_columns(&stmt->where_clause->base))
      rule.columns.push_back(std::move(column));
  }
  // rewriteDefine.c: a conditional rule's actions must all be queries (no NOTIFY).
  if (stmt->where_clause != nullptr)
    for (std::size_t i = 0; i < stmt->n_actions; ++i)
      if (stmt->actions[i]->node_case == PG_QUERY__NODE__NODE_NOTIFY_STMT)
        return context.error(
            "syntax-error",
            "rules with WHERE conditions can only have SELECT, INSERT, UPDATE, or DELETE actions",
            stmt->relation->location);
  for (std::size_t i = 0; i < stmt->n_actions; ++i)
    rule.actions.push_back(action_text(context, stmt->actions[i], rule));
  // OR REPLACE keeps the rule's row in pg_rewrite, and with it its comment.
  if (old != rules.end()) rule.comment = old->second.comment;
  rules.insert_or_assign(key, std::move(rule));
}

void translate_rename_rule(Context& context, PgQuery__RenameStmt* stmt) {
  // A schema file states what exists; a rename is a migration step, not a state.
  context.error("unsupported-statement",
                "ALTER RULE ... RENAME is not supported; write the rule under its new name",
                stmt->relation != nullptr ? stmt->relation->location : -1);
}

}  // namespace pgmorph::parser
