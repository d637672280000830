// Collations: CREATE COLLATION (every setting spelled out) and DROP COLLATION.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using schema::Collation;

std::vector<Step> create_collation_steps(const Collation& collation) {
  SqlBuilder sql;
  sql.keyword("CREATE COLLATION").qualified(collation.name).punct(" (");
  sql.keyword("PROVIDER =").raw(collation.provider);
  if (collation.locale) sql.punct(",").keyword("LOCALE =").literal(*collation.locale);
  if (collation.lc_collate) sql.punct(",").keyword("LC_COLLATE =").literal(*collation.lc_collate);
  if (collation.lc_ctype) sql.punct(",").keyword("LC_CTYPE =").literal(*collation.lc_ctype);
  if (!collation.deterministic) sql.punct(",").keyword("DETERMINISTIC = false");
  sql.punct(")");
  std::vector<Step> steps{step(sql)};
  append_comment(steps, {diff::CommentKind::collation, collation.name, ""}, collation.comment);
  return steps;
}

Step drop_collation_step(const Collation& collation) {
  return step(SqlBuilder().keyword("DROP COLLATION").qualified(collation.name));
}

}  // namespace

Statements render_change(const diff::CreateCollation& change) {
  Statement statement;
  statement.summary = "create collation " + schema::display_name(change.collation.name);
  statement.up = create_collation_steps(change.collation);
  statement.reverse = {drop_collation_step(change.collation)};
  return {statement};
}

Statements render_change(const diff::DropCollation& change) {
  Statement statement;
  statement.summary = "drop collation " + schema::display_name(change.old.name);
  statement.up = {drop_collation_step(change.old)};
  statement.reverse = create_collation_steps(change.old);
  statement.hazards.push_back({HazardCode::drop_type, schema::display_name(change.old.name)});
  return {statement};
}

}  // namespace pgmorph::codegen
