// Row-level security policies. (The ENABLE / FORCE flags are table attributes: diff_table.)
#include <algorithm>

#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

namespace pgmorph::diff {

namespace {

using schema::Policy;

bool reads(const Policy& policy, const std::string& column) {
  return std::binary_search(policy.columns.begin(), policy.columns.end(), column);
}

/// True when a column of its table that the policy reads is dropped, retyped (directly, by
/// a new generation expression, or through an enum the plan recreates) or given another
/// collation. PostgreSQL refuses all of these while the policy exists ("cannot alter type
/// of a column used in a policy definition"; DROP COLUMN needs CASCADE).
bool reads_changed_column(const DiffContext& context, const Policy& policy) {
  auto old_table = context.from.tables.find(policy.table);
  auto new_table = context.to.tables.find(policy.table);
  if (old_table == context.from.tables.end() || new_table == context.to.tables.end()) return false;
  for (const auto& column : old_table->second.columns) {
    if (!reads(policy, column.name)) continue;
    const schema::Column* kept = schema::find_column(new_table->second.columns, column.name);
    if (kept == nullptr || kept->type != column.type || kept->collation != column.collation ||
        kept->generated_expr != column.generated_expr)
      return true;
    for (const auto& ref : column.refs)
      if (ref.kind == schema::RefKind::type && context.recreated_types.contains(ref.name)) return true;
  }
  return false;
}

/// True when a relation the policy's expressions query (in a subquery) is dropped and
/// created again, or has its columns changed: PostgreSQL records a dependency on it.
bool queries_recreated_relation(const DiffContext& context, const Policy& policy) {
  for (const auto& ref : policy.refs)
    if (ref.kind == schema::RefKind::relation &&
        (context.reshaped_relations.contains(ref.name) || context.created_views.contains(ref.name)))
      return true;
  return false;
}

/// True when ALTER POLICY can turn `old` into `now` and back (see AlterPolicy).
bool can_alter(const Policy& old, const Policy& now) {
  return old.command == now.command && old.permissive == now.permissive &&
         old.using_expr.has_value() == now.using_expr.has_value() &&
         old.check_expr.has_value() == now.check_expr.has_value();
}

}  // namespace

void diff_policies(DiffContext& context) {
  // A policy that PostgreSQL would not let the plan change around it (a function it calls
  // recreated, a column it reads retyped) is dropped first and created again after.
  auto must_recreate = [&](const Policy& old) {
    return context.calls_recreated_function(old.refs) || reads_changed_column(context, old) ||
           queries_recreated_relation(context, old) || context.rebuilt_tables.contains(old.table);
  };
  diff_by_key(
      context.from.policies, context.to.policies,
      [&](const Policy& old) { context.add(DropPolicy{old}); },
      [&](const Policy& created) { context.add(CreatePolicy{created}); },
      [&](const Policy& old, const Policy& now) {
        if (!can_alter(old, now) || must_recreate(old)) {
          context.add(DropPolicy{old});
          context.add(CreatePolicy{now});
          return;
        }
        if (old.roles != now.roles || old.using_expr != now.using_expr ||
            old.check_expr != now.check_expr)
          context.add(AlterPolicy{old, now});
        diff_comment(context, {CommentKind::policy, now.table, now.name}, old.comment, now.comment);
      });
}

}  // namespace pgmorph::diff
