// Range types: CREATE TYPE ... AS RANGE and DROP TYPE (which also drops the multirange type
// and the constructor functions PostgreSQL made with it).
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using schema::RangeType;

std::vector<Step> create_range_steps(const RangeType& type) {
  SqlBuilder sql;
  sql.keyword("CREATE TYPE").qualified(type.name).keyword("AS RANGE").punct(" (");
  sql.keyword("SUBTYPE =").raw(type.subtype);
  auto option = [&](std::string_view name, const std::optional<std::string>& value) {
    if (value) sql.punct(",").keyword(name).keyword("=").raw(*value);
  };
  // Names already quoted by the parser or the catalog query.
  option("SUBTYPE_OPCLASS", type.subtype_opclass);
  option("COLLATION", type.collation);
  option("CANONICAL", type.canonical);
  option("SUBTYPE_DIFF", type.subtype_diff);
  if (type.multirange_name) sql.punct(",").keyword("MULTIRANGE_TYPE_NAME =").qualified(*type.multirange_name);
  sql.punct(")");
  std::vector<Step> steps{step(sql)};
  append_comment(steps, {diff::CommentKind::type, type.name, ""}, type.comment);
  append_acl(steps, diff::acl_target(type), type.owner, type.grants);
  return steps;
}

Step drop_range_step(const RangeType& type) {
  return step(SqlBuilder().keyword("DROP TYPE").qualified(type.name));
}

}  // namespace

Statements render_change(const diff::CreateRangeType& change) {
  Statement statement;
  statement.summary = "create type " + schema::display_name(change.type.name);
  statement.up = create_range_steps(change.type);
  statement.reverse = {drop_range_step(change.type)};
  return {statement};
}

Statements render_change(const diff::DropRangeType& change) {
  Statement statement;
  statement.summary = "drop type " + schema::display_name(change.old.name);
  statement.up = {drop_range_step(change.old)};
  statement.reverse = create_range_steps(change.old);
  statement.hazards.push_back({HazardCode::drop_type, schema::display_name(change.old.name)});
  return {statement};
}

}  // namespace pgmorph::codegen
