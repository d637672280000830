// Indexes: PostgreSQL cannot alter an index definition, so any change is drop + create.
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

namespace pgmorph::diff {

void diff_indexes(DiffContext& context) {
  auto is_new = [&](const QualifiedName& table) { return context.created_tables.contains(table); };
  auto is_dropped = [&](const QualifiedName& table) {
    return context.dropped_tables.contains(table);
  };
  diff_by_key(
      context.from.indexes, context.to.indexes,
      [&](const schema::Index& old) { context.add(DropIndex{old, is_dropped(old.table)}); },
      [&](const schema::Index& created) {
        context.add(CreateIndex{created, is_new(created.table)});
      },
      [&](const schema::Index& old, const schema::Index& now) {
        if (old.definition != now.definition || old.unique != now.unique ||
            old.table != now.table) {
          context.add(DropIndex{old, false});
          context.add(CreateIndex{now, false});
          return;
        }
        diff_comment(context, {CommentKind::index, now.name, ""}, old.comment, now.comment);
      });
}

}  // namespace pgmorph::diff
