// Composite types: CREATE TYPE ... AS (...), DROP TYPE, ALTER TYPE ... ADD | DROP | ALTER
// ATTRIBUTE.
#include <algorithm>

#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using schema::CompositeAttribute;
using schema::CompositeType;

void attribute_definition(SqlBuilder& sql, const CompositeAttribute& attribute) {
  sql.ident(attribute.name).raw(attribute.type);
  if (attribute.collation) sql.keyword("COLLATE").raw(*attribute.collation);
}

std::vector<Step> create_composite_steps(const CompositeType& type) {
  SqlBuilder sql;
  sql.keyword("CREATE TYPE").qualified(type.name).keyword("AS").punct(" (");
  for (std::size_t i = 0; i < type.attributes.size(); ++i) {
    if (i > 0) sql.punct(", ");
    attribute_definition(sql, type.attributes[i]);
  }
  sql.punct(")");
  std::vector<Step> steps{step(sql)};
  append_comment(steps, {diff::CommentKind::type, type.name, ""}, type.comment);
  append_acl(steps, diff::acl_target(type), type.owner, type.grants);
  return steps;
}

Step drop_composite_step(const CompositeType& type) {
  return step(SqlBuilder().keyword("DROP TYPE").qualified(type.name));
}

const CompositeAttribute* find_attribute(const CompositeType& type, const std::string& name) {
  for (const auto& attribute : type.attributes)
    if (attribute.name == name) return &attribute;
  return nullptr;
}

/// One ALTER TYPE with the actions that turn `from` into `to`: drops first, then type
/// changes, then additions (which PostgreSQL appends, the order diff checked).
std::vector<Step> alter_composite_steps(const CompositeType& from, const CompositeType& to) {
  SqlBuilder sql;
  sql.keyword("ALTER TYPE").qualified(to.name);
  bool first = true;
  auto action = [&]() -> SqlBuilder& {
    if (!first) sql.punct(",");
    first = false;
    return sql;
  };
  for (const auto& attribute : from.attributes)
    if (!find_attribute(to, attribute.name)) action().keyword("DROP ATTRIBUTE").ident(attribute.name);
  for (const auto& attribute : to.attributes) {
    const CompositeAttribute* before = find_attribute(from, attribute.name);
    if (before == nullptr || *before == attribute) continue;
    action().keyword("ALTER ATTRIBUTE").ident(attribute.name).keyword("TYPE").raw(attribute.type);
    if (attribute.collation) sql.keyword("COLLATE").raw(*attribute.collation);
  }
  for (const auto& attribute : to.attributes)
    if (!find_attribute(from, attribute.name)) {
      action().keyword("ADD ATTRIBUTE");
      attribute_definition(sql, attribute);
    }
  return {step(sql)};
}

}  // namespace

Statements render_change(const diff::CreateCompositeType& change) {
  Statement statement;
  statement.summary = "create type " + schema::display_name(change.type.name);
  statement.up = create_composite_steps(change.type);
  statement.reverse = {drop_composite_step(change.type)};
  return {statement};
}

Statements render_change(const diff::DropCompositeType& change) {
  Statement statement;
  statement.summary = "drop type " + schema::display_name(change.old.name);
  statement.up = {drop_composite_step(change.old)};
  statement.reverse = create_composite_steps(change.old);
  statement.hazards.push_back({HazardCode::drop_type, schema::display_name(change.old.name)});
  return {statement};
}

Statements render_change(const diff::AlterCompositeType& change) {
  Statement statement;
  statement.summary = "alter type " + schema::display_name(change.to.name);
  statement.up = alter_composite_steps(change.from, change.to);
  statement.reverse = alter_composite_steps(change.to, change.from);
  return {statement};
}

}  // namespace pgmorph::codegen
