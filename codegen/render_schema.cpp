// Schemas, extensions and comments.
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using diff::CommentKind;

void comment_target(SqlBuilder& sql, const diff::CommentTarget& target) {
  switch (target.kind) {
    case CommentKind::schema: sql.keyword("SCHEMA").ident(target.name.name); break;
    case CommentKind::extension: sql.keyword("EXTENSION").ident(target.name.name); break;
    case CommentKind::table: sql.keyword("TABLE").qualified(target.name); break;
    case CommentKind::column:
      sql.keyword("COLUMN").raw(schema::quote_qualified(target.name) + "." +
                                schema::quote_ident(target.member));
      break;
    case CommentKind::constraint:
      sql.keyword("CONSTRAINT").ident(target.member).keyword("ON").qualified(target.name);
      break;
    case CommentKind::index: sql.keyword("INDEX").qualified(target.name); break;
    case CommentKind::sequence: sql.keyword("SEQUENCE").qualified(target.name); break;
    case CommentKind::type: sql.keyword("TYPE").qualified(target.name); break;
    case CommentKind::domain: sql.keyword("DOMAIN").qualified(target.name); break;
    case CommentKind::collation: sql.keyword("COLLATION").qualified(target.name); break;
    case CommentKind::view: sql.keyword("VIEW").qualified(target.name); break;
    case CommentKind::materialized_view:
      sql.keyword("MATERIALIZED VIEW").qualified(target.name);
      break;
    case CommentKind::function:
    case CommentKind::procedure:
      sql.keyword(target.kind == CommentKind::function ? "FUNCTION" : "PROCEDURE")
          .qualified(target.name)
          .punct("(" + target.member + ")");
      break;
    case CommentKind::aggregate:
      sql.keyword("AGGREGATE").qualified(target.name).punct("(" + target.member + ")");
      break;
    case CommentKind::trigger:
      sql.keyword("TRIGGER").ident(target.member).keyword("ON").qualified(target.name);
      break;
    case CommentKind::policy:
      sql.keyword("POLICY").ident(target.member).keyword("ON").qualified(target.name);
      break;
    case CommentKind::rule:
      sql.keyword("RULE").ident(target.member).keyword("ON").qualified(target.name);
      break;
  }
}

}  // namespace

Step comment_step(const diff::CommentTarget& target, const std::optional<std::string>& text) {
  SqlBuilder sql;
  sql.keyword("COMMENT ON");
  comment_target(sql, target);
  sql.keyword("IS").raw(comment_literal(text));
  return step(sql);
}

void append_comment(std::vector<Step>& steps, const diff::CommentTarget& target,
                    const std::optional<std::string>& text) {
  if (text) steps.push_back(comment_step(target, text));
}

Statements render_change(const diff::SetComment& change) {
  static constexpr const char* k_kind_names[] = {
      "schema", "extension", "table", "column", "constraint", "index", "sequence", "type",
      "domain", "view", "materialized view", "function", "procedure", "trigger", "policy",
      "collation", "aggregate", "rule"};
  std::string what = std::string(k_kind_names[static_cast<int>(change.target.kind)]) + " " +
                     schema::display_name(change.target.name);
  if (!change.target.member.empty()) what += (change.target.kind == diff::CommentKind::function ||
                                              change.target.kind == diff::CommentKind::procedure ||
                                              change.target.kind == diff::CommentKind::aggregate)
                                                 ? "(" + change.target.member + ")"
                                                 : "." + change.target.member;
  return {simple("comment on " + what,
                 comment_step(change.target, change.to), comment_step(change.target, change.from))};
}

namespace {

std::vector<Step> create_schema_steps(const schema::SchemaObject& object) {
  std::vector<Step> steps{step(SqlBuilder().keyword("CREATE SCHEMA").ident(object.name))};
  append_comment(steps, {CommentKind::schema, {"", object.name}, ""}, object.comment);
  append_acl(steps, diff::acl_target(object), object.owner, object.grants);
  return steps;
}

Step drop_schema_step(const schema::SchemaObject& object) {
  return step(SqlBuilder().keyword("DROP SCHEMA").ident(object.name));
}

std::vector<Step> create_extension_steps(const schema::Extension& extension) {
  SqlBuilder sql;
  sql.keyword("CREATE EXTENSION").ident(extension.name);
  if (!extension.schema.empty()) sql.keyword("WITH SCHEMA").ident(extension.schema);
  if (!extension.version.empty()) sql.keyword("VERSION").literal(extension.version);
  std::vector<Step> steps{step(sql)};
  append_comment(steps, {CommentKind::extension, {"", extension.name}, ""}, extension.comment);
  return steps;
}

Step drop_extension_step(const schema::Extension& extension) {
  return step(SqlBuilder().keyword("DROP EXTENSION").ident(extension.name));
}

}  // namespace

Statements render_change(const diff::CreateSchema& change) {
  Statement statement;
  statement.summary = "create schema " + change.schema.name;
  statement.up = create_schema_steps(change.schema);
  statement.reverse = {drop_schema_step(change.schema)};
  return {statement};
}

Statements render_change(const diff::DropSchema& change) {
  Statement statement;
  statement.summary = "drop schema " + change.old.name;
  statement.up = {drop_schema_step(change.old)};
  statement.reverse = create_schema_steps(change.old);
  statement.hazards.push_back({HazardCode::drop_schema, change.old.name});
  return {statement};
}

Statements render_change(const diff::CreateExtension& change) {
  Statement statement;
  statement.summary = "create extension " + change.extension.name;
  statement.up = create_extension_steps(change.extension);
  statement.reverse = {drop_extension_step(change.extension)};
  return {statement};
}

Statements render_change(const diff::DropExtension& change) {
  Statement statement;
  statement.summary = "drop extension " + change.old.name;
  statement.up = {drop_extension_step(change.old)};
  statement.reverse = create_extension_steps(change.old);
  statement.hazards.push_back({HazardCode::drop_extension, change.old.name});
  return {statement};
}

Statements render_change(const diff::AlterExtension& change) {
  auto set_schema = [&](const schema::Extension& extension) {
    return step(SqlBuilder().keyword("ALTER EXTENSION").ident(change.to.name).keyword("SET SCHEMA")
                    .ident(schema::extension_schema(extension)));
  };
  auto update_to = [&](const std::string& version) {
    return step(SqlBuilder().keyword("ALTER EXTENSION").ident(change.to.name).keyword("UPDATE TO")
                    .literal(version));
  };
  Statement statement;
  statement.summary = "alter extension " + change.to.name;
  if (change.from.schema != change.to.schema) {
    statement.summary += " set schema " + schema::extension_schema(change.to);
    statement.up.push_back(set_schema(change.to));
    statement.reverse.push_back(set_schema(change.from));
  }
  const bool version_changes = change.from.version != change.to.version && !change.to.version.empty();
  if (version_changes) {
    statement.summary += " update to " + change.to.version;
    statement.up.push_back(update_to(change.to.version));
    statement.hazards.push_back({HazardCode::extension_change, change.to.name + " " + change.from.version +
                                                                   " -> " + change.to.version});
    if (change.from.version.empty() || change.no_downgrade) {
      statement.irreversible = true;
      statement.reverse_note = change.no_downgrade
                                   ? "the server has no update path from version " + change.to.version +
                                         " back to " + change.from.version
                                   : "the previous extension version is unknown";
      statement.reverse.clear();
    } else {
      statement.reverse.insert(statement.reverse.begin(), update_to(change.from.version));
      statement.reverse_hazards.push_back({HazardCode::extension_change, change.to.name + " " +
                                                                             change.to.version + " -> " +
                                                                             change.from.version});
    }
  }
  return {statement};
}

}  // namespace pgmorph::codegen
