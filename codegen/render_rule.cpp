// Rewrite rules: CREATE [OR REPLACE] RULE and DROP RULE. The condition and the actions are
// canonical deparsed text from the model, written as they are.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using schema::Rule;

/// `CREATE [OR REPLACE] RULE name AS ON event TO relation [WHERE cond] DO ALSO|INSTEAD ...`;
/// several actions go in parentheses, separated by semicolons, as PostgreSQL prints them.
Step create_rule_step(const Rule& rule, bool replace) {
  SqlBuilder sql;
  sql.keyword(replace ? "CREATE OR REPLACE RULE" : "CREATE RULE").ident(rule.name).keyword("AS ON");
  sql.keyword(schema::rule_event_keyword(rule.event)).keyword("TO").qualified(rule.table);
  if (rule.condition) sql.keyword("WHERE").raw(*rule.condition);
  sql.keyword(rule.instead ? "DO INSTEAD" : "DO ALSO");
  if (rule.actions.empty()) {
    sql.keyword("NOTHING");
  } else if (rule.actions.size() == 1) {
    sql.raw(rule.actions.front());
  } else {
    sql.punct(" (");
    for (std::size_t i = 0; i < rule.actions.size(); ++i) {
      if (i > 0) sql.punct(";");
      sql.raw(rule.actions[i]);
    }
    sql.punct(")");
  }
  return step(sql);
}

Step drop_rule_step(const Rule& rule) {
  return step(
      SqlBuilder().keyword("DROP RULE").ident(rule.name).keyword("ON").qualified(rule.table));
}

std::string what(const Rule& rule) {
  return "rule " + rule.name + " on " + schema::display_name(rule.table);
}

}  // namespace

std::vector<Step> create_rule_steps(const Rule& rule) {
  std::vector<Step> steps{create_rule_step(rule, false)};
  append_comment(steps, {diff::CommentKind::rule, rule.table, rule.name}, rule.comment);
  return steps;
}

Statements render_change(const diff::CreateRule& change) {
  Statement statement;
  statement.summary = "create " + what(change.rule);
  statement.up = create_rule_steps(change.rule);
  statement.reverse = {drop_rule_step(change.rule)};
  if (!change.on_new_relation) statement.table = change.rule.table;
  return {statement};
}

Statements render_change(const diff::DropRule& change) {
  Statement statement;
  if (change.with_relation) {
    // Nothing to run: dropping the relation drops the rule. down.sql creates it again
    // after the relation is back.
    statement.summary = "drop " + what(change.old) + " (with its relation)";
  } else {
    statement.summary = "drop " + what(change.old);
    statement.up = {drop_rule_step(change.old)};
    statement.table = change.old.table;
  }
  statement.reverse = create_rule_steps(change.old);
  return {statement};
}

Statements render_change(const diff::ReplaceRule& change) {
  Statement statement = simple("replace " + what(change.to), create_rule_step(change.to, true),
                               create_rule_step(change.from, true));
  statement.table = change.to.table;
  return {statement};
}

}  // namespace pgmorph::codegen
