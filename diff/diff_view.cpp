// Views and materialized views. A changed view is dropped and created again, and so is every
// view that reads a relation whose columns change: PostgreSQL expands `*` and binds column
// types when a view is created, and refuses to drop or retype columns a view uses.
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

namespace pgmorph::diff {

namespace {

bool reads_reshaped(const DiffContext& context, const schema::View& view) {
  for (const auto& ref : view.refs) {
    if (ref.kind == schema::RefKind::relation && context.reshaped_relations.contains(ref.name))
      return true;
    if (ref.kind == schema::RefKind::function && context.recreated_functions.contains(ref.name))
      return true;
    if (ref.kind == schema::RefKind::type && context.recreated_types.contains(ref.name))
      return true;
  }
  return false;
}

CommentKind comment_kind(const schema::View& view) {
  return view.materialized ? CommentKind::materialized_view : CommentKind::view;
}

}  // namespace

void diff_views(DiffContext& context) {
  // Decide recreation to a fixed point: recreating one view reshapes the views above it.
  std::set<QualifiedName> recreate;
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [name, now] : context.to.views) {
      auto old = context.from.views.find(name);
      if (old == context.from.views.end() || recreate.contains(name)) continue;
      // Comment, owner and privileges change in place.
      schema::View old_sans_comment = old->second;
      old_sans_comment.comment = now.comment;
      old_sans_comment.owner = now.owner;
      old_sans_comment.grants = now.grants;
      if (!(old_sans_comment == now) || reads_reshaped(context, old->second) ||
          reads_reshaped(context, now)) {
        recreate.insert(name);
        context.reshaped_relations.insert(name);
        grew = true;
      }
    }
  }
  diff_by_key(
      context.from.views, context.to.views,
      [&](const schema::View& old) {
        context.reshaped_relations.insert(old.name);
        context.dropped_views.insert(old.name);
        context.add(DropView{old});
      },
      [&](const schema::View& created) {
        context.created_views.insert(created.name);
        context.add(CreateView{created});
      },
      [&](const schema::View& old, const schema::View& now) {
        if (recreate.contains(now.name)) {
          context.dropped_views.insert(now.name);
          context.created_views.insert(now.name);
          context.add(DropView{old});
          context.add(CreateView{now});
          return;
        }
        diff_acl(context, old, now);
        diff_comment(context, {comment_kind(now), now.name, ""}, old.comment, now.comment);
      });
}

}  // namespace pgmorph::diff
