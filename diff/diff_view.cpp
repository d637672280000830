// Views and materialized views. A changed view is dropped and created again, and so is every
// view that reads a relation whose columns change: PostgreSQL expands `*` and binds column
// types when a view is created, and refuses to drop or retype columns a view uses.
#include "diff/context.hpp"
#include "diff/diff_by_key.hpp"

#include <algorithm>

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

/// True when `function` takes or returns the row type of a view in `views`.
bool uses_row_type_of(const schema::Function& function, const std::set<QualifiedName>& views) {
  return std::any_of(function.refs.begin(), function.refs.end(), [&](const schema::ObjectRef& ref) {
    return ref.kind == schema::RefKind::type && views.contains(ref.name);
  });
}

/// PostgreSQL will not drop a view whose row type a function takes or returns (SETOF v):
/// such a kept function is dropped before and created after the view, replacing whatever
/// diff_functions planned for it, and views calling it are recreated in turn.
void recreate_row_type_users(DiffContext& context, const std::set<QualifiedName>& recreated_views,
                             std::set<schema::FunctionKey>& done) {
  for (const auto& [key, now] : context.to.functions) {
    auto old = context.from.functions.find(key);
    if (old == context.from.functions.end() || done.contains(key)) continue;
    if (!uses_row_type_of(old->second, recreated_views) && !uses_row_type_of(now, recreated_views)) continue;
    done.insert(key);
    context.recreated_functions.insert(now.name);
  }
}

void replace_planned_function_changes(DiffContext& context, const std::set<schema::FunctionKey>& keys) {
  auto planned_for = [&](const Change& change) {
    if (const auto* replace = std::get_if<ReplaceFunction>(&change))
      return keys.contains({replace->to.name, replace->to.identity_args});
    if (const auto* drop = std::get_if<DropFunction>(&change))
      return keys.contains({drop->old.name, drop->old.identity_args}) && context.to.functions.contains({drop->old.name, drop->old.identity_args});
    if (const auto* create = std::get_if<CreateFunction>(&change))
      return keys.contains({create->function.name, create->function.identity_args}) && context.from.functions.contains({create->function.name, create->function.identity_args});
    return false;
  };
  std::erase_if(context.changes, planned_for);
  for (const auto& key : keys) {
    context.add(DropFunction{context.from.functions.at(key)});
    context.add(CreateFunction{context.to.functions.at(key)});
  }
}

CommentKind comment_kind(const schema::View& view) {
  return view.materialized ? CommentKind::materialized_view : CommentKind::view;
}

}  // namespace

void diff_views(DiffContext& context) {
  // Decide recreation to a fixed point: recreating one view reshapes the views above it,
  // and the functions over its row type, which recreates the views that call them.
  std::set<QualifiedName> recreate;
  std::set<schema::FunctionKey> functions_over_rows;
  for (bool grew = true; grew;) {
    grew = false;
    std::set<QualifiedName> going = recreate;
    for (const auto& [name, old] : context.from.views)
      if (!context.to.views.contains(name)) going.insert(name);
    const std::size_t functions_before = functions_over_rows.size();
    recreate_row_type_users(context, going, functions_over_rows);
    if (functions_over_rows.size() != functions_before) grew = true;
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
  replace_planned_function_changes(context, functions_over_rows);
}

}  // namespace pgmorph::diff
