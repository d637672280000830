// Functions, procedures and triggers.
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

#include <algorithm>

namespace pgmorph::diff {

namespace {

CommentKind comment_kind(const schema::Function& function) {
  if (function.aggregate) return CommentKind::aggregate;
  return function.is_procedure ? CommentKind::procedure : CommentKind::function;
}

/// What COMMENT ON takes after the name: an aggregate's signature may hold ORDER BY or `*`.
std::string comment_args(const schema::Function& function) {
  return function.aggregate ? function.aggregate->signature : function.identity_args;
}

/// True when both are functions, or aggregates of the same kind with as many direct
/// arguments: CREATE OR REPLACE AGGREGATE refuses to change either ("cannot change routine
/// kind"), and a function cannot become an aggregate in place.
bool same_routine_kind(const schema::Function& old, const schema::Function& now) {
  if (old.aggregate.has_value() != now.aggregate.has_value()) return false;
  return !old.aggregate || (old.aggregate->kind == now.aggregate->kind &&
                            old.aggregate->direct_args == now.aggregate->direct_args);
}

/// True when CREATE OR REPLACE can turn `old` into `now` and, for down.sql, back again.
/// PostgreSQL refuses to change the result type (OUT and TABLE columns included, their
/// names too), to turn a function into a procedure, to rename an input that had a name and
/// to remove a parameter default; adding a name or a default is allowed, but the reverse
/// would remove it, so any change of these is drop + create.
bool can_replace(const schema::Function& old, const schema::Function& now) {
  return old.return_type == now.return_type && old.is_procedure == now.is_procedure &&
         old.output_names == now.output_names && old.input_names == now.input_names &&
         old.input_defaults == now.input_defaults && same_routine_kind(old, now);
}

/// True for a function with a SQL-standard body that reads relations.
bool reads_relations(const schema::Function& function) {
  return std::any_of(function.refs.begin(), function.refs.end(),
                     [](const schema::ObjectRef& ref) { return ref.kind == schema::RefKind::relation; });
}

void diff_kept_function(DiffContext& context, const schema::Function& old, const schema::Function& now,
                        bool must_recreate) {
  if (old.definition != now.definition || must_recreate) {
    // What CREATE OR REPLACE cannot change needs drop + create, which also recreates
    // what uses the function.
    if (must_recreate || !can_replace(old, now)) {
      context.recreated_functions.insert(now.name);
      context.add(DropFunction{old});
      context.add(CreateFunction{now});
      return;
    }
    context.add(ReplaceFunction{old, now});
  }
  diff_acl(context, old, now);
  diff_comment(context, {comment_kind(now), now.name, comment_args(now)}, old.comment, now.comment);
}

}  // namespace

void diff_functions(DiffContext& context) {
  diff_by_key(
      context.from.functions, context.to.functions,
      [&](const schema::Function& old) {
        context.recreated_functions.insert(old.name);
        context.add(DropFunction{old});
      },
      [&](const schema::Function& created) { context.add(CreateFunction{created}); },
      [&](const schema::Function& old, const schema::Function& now) {
        // Decided by diff_functions_reading_relations, once the reshaped tables are known,
        // like aggregates, once every function they call is decided.
        if (reads_relations(old) || reads_relations(now) || old.aggregate || now.aggregate) return;
        diff_kept_function(context, old, now, false);
      });
}

void diff_functions_reading_relations(DiffContext& context) {
  // PostgreSQL will not drop or retype a column a SQL-standard body uses, and the body
  // stays bound to the relations it was created on: such a function over a reshaped or
  // dropped relation is dropped first and created again after.
  auto reads_reshaped = [&](const schema::Function& function) {
    for (const auto& ref : function.refs)
      if (ref.kind == schema::RefKind::relation && context.reshaped_relations.contains(ref.name)) return true;
    return false;
  };
  for (const auto& [key, now] : context.to.functions) {
    auto old = context.from.functions.find(key);
    if (old == context.from.functions.end()) continue;
    if (!reads_relations(old->second) && !reads_relations(now)) continue;
    if (old->second.aggregate || now.aggregate) continue;
    diff_kept_function(context, old->second, now, reads_reshaped(old->second) || reads_reshaped(now));
  }
  // DROP FUNCTION refuses while an aggregate calls the function: a kept aggregate whose
  // support function is dropped and created again goes around it the same way.
  auto calls_recreated = [&](const schema::Function& aggregate) {
    for (const auto& name : aggregate.aggregate->support_functions)
      if (context.recreated_functions.contains(name)) return true;
    return false;
  };
  for (const auto& [key, now] : context.to.functions) {
    auto old = context.from.functions.find(key);
    if (old == context.from.functions.end() || (!old->second.aggregate && !now.aggregate)) continue;
    const bool recreate = (old->second.aggregate && calls_recreated(old->second)) ||
                          (now.aggregate && calls_recreated(now));
    diff_kept_function(context, old->second, now, recreate);
  }
}

void diff_triggers(DiffContext& context) {
  // DROP VIEW (and DROP TABLE) takes the relation's triggers with it, so a trigger on a
  // relation the plan recreates is dropped first and created again after it.
  // PostgreSQL will not change the type of (or drop) a column a trigger's WHEN condition or
  // UPDATE OF list names, so such a trigger on a table whose columns change goes around it.
  auto reads_columns = [](const schema::Trigger& trigger) {
    return trigger.definition.find(" WHEN ") != std::string::npos ||
           trigger.definition.find(" UPDATE OF ") != std::string::npos;
  };
  auto must_recreate = [&](const schema::Trigger& trigger) {
    return context.recreated_functions.contains(trigger.function) ||
           (reads_columns(trigger) && context.reshaped_relations.contains(trigger.table)) ||
           context.created_tables.contains(trigger.table) ||
           context.created_views.contains(trigger.table);
  };
  auto is_new = [&](const QualifiedName& table) {
    return context.created_tables.contains(table) || context.created_views.contains(table);
  };
  diff_by_key(
      context.from.triggers, context.to.triggers,
      [&](const schema::Trigger& old) { context.add(DropTrigger{old}); },
      [&](const schema::Trigger& created) { context.add(CreateTrigger{created, is_new(created.table)}); },
      [&](const schema::Trigger& old, const schema::Trigger& now) {
        if (old.definition != now.definition || must_recreate(now)) {
          context.add(DropTrigger{old});
          context.add(CreateTrigger{now, is_new(now.table)});
          return;
        }
        diff_comment(context, {CommentKind::trigger, now.table, now.name}, old.comment,
                     now.comment);
      });
}

}  // namespace pgmorph::diff
