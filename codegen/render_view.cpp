// Views and materialized views.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

Step drop_view_step(const schema::View& view) {
  return step(SqlBuilder().keyword(view.materialized ? "DROP MATERIALIZED VIEW" : "DROP VIEW")
                  .qualified(view.name));
}

}  // namespace

std::vector<Step> create_view_steps(const schema::View& view) {
  SqlBuilder sql;
  sql.keyword(view.materialized ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW").qualified(view.name);
  if (!view.column_names.empty()) sql.ident_list(view.column_names);
  if (!view.options.empty()) sql.keyword("WITH").punct(" (").punct(view.options).punct(")");
  sql.keyword("AS").raw(view.query);
  if (!view.check_option.empty()) sql.keyword("WITH").raw(view.check_option).keyword("CHECK OPTION");
  if (view.materialized && view.with_no_data) sql.keyword("WITH NO DATA");
  std::vector<Step> steps{step(sql)};
  append_comment(steps,
                 {view.materialized ? diff::CommentKind::materialized_view : diff::CommentKind::view,
                  view.name, ""},
                 view.comment);
  append_acl(steps, diff::acl_target(view), view.owner, view.grants);
  return steps;
}

Statements render_change(const diff::CreateView& change) {
  Statement statement;
  statement.summary = "create view " + schema::display_name(change.view.name);
  statement.up = create_view_steps(change.view);
  statement.reverse = {drop_view_step(change.view)};
  return {statement};
}

Statements render_change(const diff::DropView& change) {
  Statement statement;
  statement.summary = "drop view " + schema::display_name(change.old.name);
  statement.up = {drop_view_step(change.old)};
  statement.reverse = create_view_steps(change.old);
  return {statement};
}

}  // namespace pgmorph::codegen
