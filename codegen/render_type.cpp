// Sequences, enum types and domains.
#include <algorithm>

#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using diff::CommentKind;
using schema::QualifiedName;

void sequence_options(SqlBuilder& sql, const schema::Sequence& s) {
  sql.keyword("AS").raw(s.type);
  sql.keyword("INCREMENT BY").raw(std::to_string(s.increment));
  sql.keyword("MINVALUE").raw(std::to_string(s.min_value));
  sql.keyword("MAXVALUE").raw(std::to_string(s.max_value));
  sql.keyword("START WITH").raw(std::to_string(s.start));
  sql.keyword("CACHE").raw(std::to_string(s.cache));
  sql.keyword(s.cycle ? "CYCLE" : "NO CYCLE");
}

Step drop_sequence_step(const schema::Sequence& sequence) {
  return step(SqlBuilder().keyword("DROP SEQUENCE").qualified(sequence.name));
}

Step alter_sequence_step(const schema::Sequence& sequence) {
  SqlBuilder sql;
  sql.keyword("ALTER SEQUENCE").qualified(sequence.name);
  sequence_options(sql, sequence);
  return step(sql);
}

/// `SELECT pg_catalog.setval('seq', value, is_called) FROM seq WHERE condition`: moves the
/// sequence only when its current state matches `condition`.
Step conditional_setval_step(const QualifiedName& sequence, std::int64_t value, bool is_called,
                             std::string_view condition) {
  SqlBuilder sql;
  sql.keyword("SELECT pg_catalog.setval(").literal(schema::quote_qualified(sequence)).punct(", ")
      .raw(std::to_string(value)).punct(", ").keyword(is_called ? "true" : "false").punct(")")
      .keyword("FROM").qualified(sequence).keyword("WHERE").raw(condition);
  return step(sql);
}

/// ALTER SEQUENCE checks the sequence's current value against the new bounds (the error
/// says "RESTART value (n) cannot be less than MINVALUE"), and setval() checks the bounds
/// in force. So when the bounds narrow, the value is first moved inside the new ones: an
/// unused sequence to the new start, a used one to the bound it crossed (ascending: the
/// next value is the new minimum, or the maximum is used up). When a target lies outside
/// the old bounds, the bounds are first widened to cover both ranges.
std::vector<Step> alter_sequence_steps(const schema::Sequence& from, const schema::Sequence& to) {
  std::vector<Step> steps;
  const bool raises_min = to.min_value > from.min_value;
  const bool lowers_max = to.max_value < from.max_value;
  if (raises_min || lowers_max) {
    auto outside_old = [&](std::int64_t value) { return value < from.min_value || value > from.max_value; };
    if (outside_old(to.start) || (raises_min && outside_old(to.min_value)) ||
        (lowers_max && outside_old(to.max_value))) {
      SqlBuilder widen;
      widen.keyword("ALTER SEQUENCE").qualified(to.name).keyword("AS bigint MINVALUE")
          .raw(std::to_string(std::min(from.min_value, to.min_value))).keyword("MAXVALUE")
          .raw(std::to_string(std::max(from.max_value, to.max_value)));
      steps.push_back(step(widen));
    }
    const std::string min = std::to_string(to.min_value), max = std::to_string(to.max_value);
    steps.push_back(conditional_setval_step(
        to.name, to.start, false, "NOT is_called AND (last_value < " + min + " OR last_value > " + max + ")"));
    if (raises_min)
      steps.push_back(conditional_setval_step(to.name, to.min_value, to.increment < 0,
                                              "is_called AND last_value < " + min));
    if (lowers_max)
      steps.push_back(conditional_setval_step(to.name, to.max_value, to.increment > 0,
                                              "is_called AND last_value > " + max));
  }
  steps.push_back(alter_sequence_step(to));
  return steps;
}

Step owned_by_step(const QualifiedName& sequence, const std::optional<QualifiedName>& table,
                   const std::string& column) {
  SqlBuilder sql;
  sql.keyword("ALTER SEQUENCE").qualified(sequence).keyword("OWNED BY");
  if (table)
    sql.qualified(*table).punct(".").punct(schema::quote_ident(column));
  else
    sql.keyword("NONE");
  return step(sql);
}

}  // namespace

std::vector<Step> create_sequence_steps(const schema::Sequence& sequence) {
  SqlBuilder sql;
  sql.keyword("CREATE SEQUENCE").qualified(sequence.name);
  sequence_options(sql, sequence);
  std::vector<Step> steps{step(sql)};
  append_comment(steps, {CommentKind::sequence, sequence.name, ""}, sequence.comment);
  append_acl(steps, diff::acl_target(sequence), sequence.owner, sequence.grants);
  return steps;
}

Statements render_change(const diff::CreateSequence& change) {
  Statement statement;
  statement.summary = "create sequence " + schema::display_name(change.sequence.name);
  statement.up = create_sequence_steps(change.sequence);
  statement.reverse = {drop_sequence_step(change.sequence)};
  return {statement};
}

Statements render_change(const diff::DropSequence& change) {
  Statement statement;
  statement.summary = "drop sequence " + schema::display_name(change.old.name);
  statement.up = {drop_sequence_step(change.old)};
  statement.reverse = create_sequence_steps(change.old);
  statement.hazards.push_back({HazardCode::drop_sequence, schema::display_name(change.old.name)});
  statement.reverse_note = "recreates " + schema::display_name(change.old.name) +
                           " at its start value, not at its last value";
  return {statement};
}

Statements render_change(const diff::AlterSequence& change) {
  Statement statement;
  statement.summary = "alter sequence " + schema::display_name(change.to.name);
  statement.up = alter_sequence_steps(change.from, change.to);
  statement.reverse = alter_sequence_steps(change.to, change.from);
  return {statement};
}

Statements render_change(const diff::SetSequenceOwner& change) {
  return {simple("set owner of sequence " + schema::display_name(change.sequence),
                 owned_by_step(change.sequence, change.to_table, change.to_column),
                 owned_by_step(change.sequence, change.from_table, change.from_column))};
}

std::vector<Step> create_enum_steps(const schema::EnumType& type) {
  SqlBuilder sql;
  sql.keyword("CREATE TYPE").qualified(type.name).keyword("AS ENUM").punct(" (");
  for (std::size_t i = 0; i < type.labels.size(); ++i) {
    if (i > 0) sql.punct(", ");
    sql.punct(schema::quote_literal(type.labels[i]));
  }
  sql.punct(")");
  std::vector<Step> steps{step(sql)};
  append_comment(steps, {CommentKind::type, type.name, ""}, type.comment);
  append_acl(steps, diff::acl_target(type), type.owner, type.grants);
  return steps;
}

namespace {

Step drop_type_step(const QualifiedName& name) {
  return step(SqlBuilder().keyword("DROP TYPE").qualified(name));
}

/// Rename the old type away, create the new one, convert each column through text, drop
/// the old type. Used in both directions.
std::vector<Step> recreate_enum_steps(const schema::EnumType& from, const schema::EnumType& to,
                                      const std::vector<diff::EnumColumnUse>& columns) {
  const QualifiedName old_name{from.name.schema,
                               schema::truncate_identifier(from.name.name + "__pgmorph_old")};
  std::vector<Step> steps;
  steps.push_back(step(SqlBuilder().keyword("ALTER TYPE").qualified(from.name).keyword("RENAME TO")
                           .ident(old_name.name)));
  for (auto& s : create_enum_steps(to)) steps.push_back(std::move(s));
  for (const auto& use : columns) {
    const auto& column = use.column;
    const bool array = column.type.ends_with("[]");
    SqlBuilder alter;
    alter.keyword("ALTER TABLE").qualified(use.table).keyword("ALTER COLUMN").ident(column.name);
    if (column.default_expr) {
      SqlBuilder drop = alter;
      steps.push_back(step(drop.keyword("DROP DEFAULT")));
    }
    SqlBuilder retype = alter;
    retype.keyword("TYPE").raw(column.type).keyword("USING").ident(column.name)
        .punct(array ? "::text[]::" : "::text::").punct(column.type);
    steps.push_back(step(retype));
    if (column.default_expr) {
      SqlBuilder set = alter;
      steps.push_back(step(set.keyword("SET DEFAULT").raw(*column.default_expr)));
    }
  }
  steps.push_back(drop_type_step(old_name));
  return steps;
}

}  // namespace

Statements render_change(const diff::CreateEnum& change) {
  Statement statement;
  statement.summary = "create type " + schema::display_name(change.type.name);
  statement.up = create_enum_steps(change.type);
  statement.reverse = {drop_type_step(change.type.name)};
  return {statement};
}

Statements render_change(const diff::DropEnum& change) {
  Statement statement;
  statement.summary = "drop type " + schema::display_name(change.old.name);
  statement.up = {drop_type_step(change.old.name)};
  statement.reverse = create_enum_steps(change.old);
  statement.hazards.push_back({HazardCode::drop_type, schema::display_name(change.old.name)});
  return {statement};
}

namespace {

/// Where each new label goes: before the next label that already exists, or after the
/// previous one when it is the last. Labels are added in `to` order, so each neighbour
/// exists by the time it is named.
std::vector<Step> add_value_steps(const schema::EnumType& from, const schema::EnumType& to) {
  std::vector<Step> steps;
  std::vector<std::string> present = from.labels;
  auto exists = [&](const std::string& label) {
    return std::find(present.begin(), present.end(), label) != present.end();
  };
  for (std::size_t i = 0; i < to.labels.size(); ++i) {
    const std::string& label = to.labels[i];
    if (exists(label)) continue;
    SqlBuilder sql;
    sql.keyword("ALTER TYPE").qualified(to.name).keyword("ADD VALUE").literal(label);
    if (i > 0) {
      sql.keyword("AFTER").literal(to.labels[i - 1]);
    } else {
      // The new first label goes before the first label that is already there (the ones
      // in between are new too and will follow it with AFTER).
      auto next = std::find_if(to.labels.begin() + 1, to.labels.end(), exists);
      if (next != to.labels.end()) sql.keyword("BEFORE").literal(*next);
    }
    // ADD VALUE runs outside a transaction block: a value added inside one cannot be used
    // until it commits, and later statements may use it.
    steps.push_back(step(sql, TxMode::none));
    present.push_back(label);
  }
  return steps;
}

}  // namespace

Statements render_change(const diff::AddEnumValues& change) {
  Statement statement;
  statement.summary = "add values to type " + schema::display_name(change.to.name);
  statement.up = add_value_steps(change.from, change.to);
  // PostgreSQL cannot remove an enum label: the reverse recreates the old type.
  statement.reverse = recreate_enum_steps(change.to, change.from, change.columns);
  statement.reverse_hazards.push_back({HazardCode::drop_enum_value, schema::display_name(change.to.name)});
  return {statement};
}

Statements render_change(const diff::RecreateEnum& change) {
  Statement statement;
  statement.summary = "recreate type " + schema::display_name(change.to.name);
  statement.up = recreate_enum_steps(change.from, change.to, change.columns);
  std::vector<diff::EnumColumnUse> back = change.columns;
  statement.reverse = recreate_enum_steps(change.to, change.from, back);
  const bool loses = std::any_of(change.from.labels.begin(), change.from.labels.end(),
                                 [&](const std::string& label) {
                                   return std::find(change.to.labels.begin(), change.to.labels.end(),
                                                    label) == change.to.labels.end();
                                 });
  if (loses)
    statement.hazards.push_back({HazardCode::drop_enum_value, schema::display_name(change.to.name)});
  return {statement};
}

}  // namespace pgmorph::codegen
