// Indexes: PostgreSQL cannot alter an index definition, so any change is drop + create.
#include <algorithm>

#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

namespace pgmorph::diff {

void diff_indexes(DiffContext& context) {
  // An index on a table or materialized view created in this plan is built in the same
  // transaction (nobody can be using it yet); one on a dropped relation goes with it.
  auto is_new = [&](const QualifiedName& table) {
    return context.created_tables.contains(table) || context.created_views.contains(table);
  };
  auto is_dropped = [&](const QualifiedName& table) {
    return context.dropped_tables.contains(table) || context.dropped_views.contains(table);
  };
  // A plain key column is converted with its table; an expression or a predicate over a
  // converted enum column holds literals of the old type, so the index goes around it.
  auto reads_enum_in_expression = [&](const schema::Index& index) {
    const bool has_expression = index.definition.find(" WHERE ") != std::string::npos ||
                                std::find(index.key_names.begin(), index.key_names.end(), "expr") != index.key_names.end();
    return has_expression && context.reads_converted_enum_column(index.table, index.definition);
  };
  diff_by_key(
      context.from.indexes, context.to.indexes,
      [&](const schema::Index& old) { context.add(DropIndex{old, is_dropped(old.table)}); },
      [&](const schema::Index& created) {
        context.add(CreateIndex{created, is_new(created.table)});
      },
      [&](const schema::Index& old, const schema::Index& now) {
        const bool relation_recreated = is_dropped(old.table) && is_new(now.table);
        if (old.definition != now.definition || old.unique != now.unique ||
            old.table != now.table || relation_recreated || context.calls_recreated_function(old.refs) ||
            reads_enum_in_expression(old) || context.reads_recreated_column(old.table, old.definition)) {
          context.add(DropIndex{old, is_dropped(old.table)});
          context.add(CreateIndex{now, is_new(now.table)});
          return;
        }
        diff_comment(context, {CommentKind::index, now.name, ""}, old.comment, now.comment);
      });
}

}  // namespace pgmorph::diff
