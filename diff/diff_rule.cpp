// Rewrite rules. A changed rule is replaced in place (CREATE OR REPLACE RULE); a rule that
// PostgreSQL would not let the plan change around it is dropped first and created again.
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

#include <algorithm>

namespace pgmorph::diff {

namespace {

using schema::Rule;

bool reads(const Rule& rule, const std::string& column) {
  return std::binary_search(rule.columns.begin(), rule.columns.end(), column);
}

/// True when a column of its table that the rule reads is dropped, retyped (directly, by a
/// new generation expression, or through a recreated enum) or given another collation:
/// PostgreSQL refuses these while the rule exists ("cannot alter type of a column used by
/// a view or rule"; DROP COLUMN needs CASCADE).
bool reads_changed_column(const DiffContext& context, const Rule& rule) {
  auto old_table = context.from.tables.find(rule.table);
  auto new_table = context.to.tables.find(rule.table);
  if (old_table == context.from.tables.end() || new_table == context.to.tables.end()) return false;
  for (const auto& column : old_table->second.columns) {
    if (!reads(rule, column.name)) continue;
    const schema::Column* kept = schema::find_column(new_table->second.columns, column.name);
    if (kept == nullptr || kept->type != column.type || kept->collation != column.collation ||
        kept->generated_expr != column.generated_expr)
      return true;
    for (const auto& ref : column.refs)
      if (ref.kind == schema::RefKind::type && context.recreated_types.contains(ref.name))
        return true;
    auto recreated = context.recreated_columns.find(rule.table);
    if (recreated != context.recreated_columns.end() && recreated->second.contains(column.name))
      return true;
  }
  return false;
}

/// True when another relation the rule reads or writes has its columns changed or is
/// recreated, or a function or type it uses is recreated: PostgreSQL records a dependency
/// on each and binds the column types when the rule is created (as for a view).
bool uses_reshaped_object(const DiffContext& context, const Rule& rule) {
  for (const auto& ref : rule.refs) {
    if (ref.kind == schema::RefKind::relation && ref.name != rule.table &&
        (context.reshaped_relations.contains(ref.name) || context.created_views.contains(ref.name)))
      return true;
    if (ref.kind == schema::RefKind::type && context.recreated_types.contains(ref.name))
      return true;
  }
  return context.calls_recreated_function(rule.refs);
}

/// A rule that goes with its relation disappears only when the DROP TABLE or DROP VIEW
/// runs: that drop must come before anything the rule uses is dropped.
void hand_uses_to_relation_drop(DiffContext& context, const Rule& rule) {
  for (auto& change : context.changes) {
    std::vector<schema::ObjectRef>* refs = nullptr;
    if (auto* table = std::get_if<DropTable>(&change);
        table != nullptr && table->old.name == rule.table)
      refs = &table->rule_refs;
    if (auto* view = std::get_if<DropView>(&change);
        view != nullptr && view->old.name == rule.table)
      refs = &view->rule_refs;
    if (refs != nullptr) refs->insert(refs->end(), rule.refs.begin(), rule.refs.end());
  }
}

}  // namespace

void diff_rules(DiffContext& context) {
  auto is_new = [&](const QualifiedName& relation) {
    return context.created_tables.contains(relation) || context.created_views.contains(relation);
  };
  // DROP TABLE and DROP VIEW take the relation's rules along (they depend on it
  // internally). A rebuilt table is renamed aside first, so its rules are dropped as usual.
  auto goes_with_relation = [&](const QualifiedName& relation) {
    return (context.dropped_tables.contains(relation) ||
            context.dropped_views.contains(relation)) &&
           !context.rebuilt_tables.contains(relation);
  };
  // Either version: CREATE OR REPLACE can run neither before a change of a column the new
  // version reads nor after one PostgreSQL refuses while the old version exists.
  auto must_recreate = [&](const Rule& old, const Rule& now) {
    return is_new(old.table) || reads_changed_column(context, old) ||
           uses_reshaped_object(context, old) || reads_changed_column(context, now) ||
           uses_reshaped_object(context, now);
  };

  auto drop = [&](const Rule& old) {
    const bool with_relation = goes_with_relation(old.table);
    if (with_relation) hand_uses_to_relation_drop(context, old);
    context.add(DropRule{old, with_relation});
  };
  diff_by_key(
      context.from.rules, context.to.rules, drop,
      [&](const Rule& created) {
        context.add(CreateRule{created, is_new(created.table)});
      },
      [&](const Rule& old, const Rule& now) {
        if (must_recreate(old, now)) {
          drop(old);
          context.add(CreateRule{now, is_new(now.table)});
          return;
        }
        if (old.event != now.event || old.instead != now.instead ||
            old.condition != now.condition || old.actions != now.actions)
          context.add(ReplaceRule{old, now});
        diff_comment(context, {CommentKind::rule, now.table, now.name}, old.comment, now.comment);
      });
}

}  // namespace pgmorph::diff
