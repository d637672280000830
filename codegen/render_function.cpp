// Functions, procedures and triggers.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using diff::CommentKind;

Step drop_function_step(const schema::Function& function) {
  if (function.aggregate)
    return step(SqlBuilder().keyword("DROP AGGREGATE").qualified(function.name)
                    .punct("(" + function.aggregate->signature + ")"));
  return step(SqlBuilder().keyword(function.is_procedure ? "DROP PROCEDURE" : "DROP FUNCTION")
                  .qualified(function.name)
                  .punct("(" + function.identity_args + ")"));
}

/// `aggregate` or `function` (procedures included, as the summaries always said), for summaries.
std::string routine_word(const schema::Function& function) {
  return function.aggregate ? "aggregate" : "function";
}

Step drop_trigger_step(const schema::Trigger& trigger) {
  return step(SqlBuilder().keyword("DROP TRIGGER").ident(trigger.name).keyword("ON")
                  .qualified(trigger.table));
}

CommentKind comment_kind(const schema::Function& function) {
  if (function.aggregate) return CommentKind::aggregate;
  return function.is_procedure ? CommentKind::procedure : CommentKind::function;
}

}  // namespace

std::vector<Step> create_function_steps(const schema::Function& function) {
  std::vector<Step> steps{step(SqlBuilder().raw(function.definition))};
  append_comment(steps, {comment_kind(function), function.name,
                         function.aggregate ? function.aggregate->signature : function.identity_args},
                 function.comment);
  append_acl(steps, diff::acl_target(function), function.owner, function.grants);
  return steps;
}

std::vector<Step> create_trigger_steps(const schema::Trigger& trigger) {
  std::vector<Step> steps{step(SqlBuilder().raw(trigger.definition))};
  append_comment(steps, {CommentKind::trigger, trigger.table, trigger.name}, trigger.comment);
  return steps;
}

Statements render_change(const diff::CreateFunction& change) {
  Statement statement;
  statement.summary = "create " + routine_word(change.function) + " " + schema::display_name(change.function.name);
  statement.up = create_function_steps(change.function);
  statement.reverse = {drop_function_step(change.function)};
  return {statement};
}

Statements render_change(const diff::DropFunction& change) {
  Statement statement;
  statement.summary = "drop " + routine_word(change.old) + " " + schema::display_name(change.old.name);
  statement.up = {drop_function_step(change.old)};
  statement.reverse = create_function_steps(change.old);
  statement.hazards.push_back({HazardCode::drop_function, schema::display_name(change.old.name)});
  return {statement};
}

Statements render_change(const diff::ReplaceFunction& change) {
  return {simple("replace " + routine_word(change.to) + " " + schema::display_name(change.to.name),
                 step(SqlBuilder().raw(change.to.definition)),
                 step(SqlBuilder().raw(change.from.definition)))};
}

Statements render_change(const diff::CreateTrigger& change) {
  Statement statement;
  statement.summary = "create trigger " + change.trigger.name + " on " +
                      schema::display_name(change.trigger.table);
  statement.up = create_trigger_steps(change.trigger);
  statement.reverse = {drop_trigger_step(change.trigger)};
  if (!change.on_new_relation)
    statement.hazards.push_back({HazardCode::create_trigger, change.trigger.name + " on " +
                                 schema::display_name(change.trigger.table)});
  if (!change.on_new_relation) statement.table = change.trigger.table;
  return {statement};
}

Statements render_change(const diff::DropTrigger& change) {
  Statement statement;
  statement.summary = "drop trigger " + change.old.name + " on " +
                      schema::display_name(change.old.table);
  statement.up = {drop_trigger_step(change.old)};
  statement.reverse = create_trigger_steps(change.old);
  return {statement};
}

}  // namespace pgmorph::codegen
