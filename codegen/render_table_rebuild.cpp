// Table rebuilds: a kept table created anew in the column order the target declares.
#include <algorithm>

#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using schema::QualifiedName;

bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string display(const QualifiedName& table, const std::string& column) {
  return schema::display_name(table) + "." + schema::quote_ident(column);
}

/// What the rebuild of `other_columns` into `table` loses and what it cannot fill.
std::vector<Hazard> rebuild_hazards(const schema::Table& table, const std::vector<std::string>& other_columns) {
  std::vector<Hazard> hazards{{HazardCode::table_rebuild, schema::display_name(table.name)}};
  for (const auto& name : other_columns)
    if (std::none_of(table.columns.begin(), table.columns.end(), [&](const schema::Column& c) { return c.name == name; }))
      hazards.push_back({HazardCode::drop_column, display(table.name, name)});
  for (const auto& column : table.columns)
    if (!has(other_columns, column.name) && column.not_null && !column.default_expr && !column.generated_expr)
      hazards.push_back({HazardCode::add_required_column, display(table.name, column.name)});
  return hazards;
}

constexpr const char* k_identity_state = "pgmorph_identity_state";

/// The name as pg_get_serial_sequence() reads its first argument.
std::string name_text(const QualifiedName& table) {
  return schema::quote_ident(table.schema) + "." + schema::quote_ident(table.name);
}

/// Where the aside copy's identity sequences stand (NULL: never used), kept in a temporary
/// table while their names are freed. pg_sequence_last_value() needs no sequence name.
Step save_identity_positions(const QualifiedName& aside, const std::vector<const schema::Column*>& identities) {
  SqlBuilder sql;
  sql.keyword("CREATE TEMPORARY TABLE").ident(k_identity_state).keyword("ON COMMIT DROP AS");
  for (std::size_t i = 0; i < identities.size(); ++i) {
    if (i > 0) sql.keyword("UNION ALL");
    sql.keyword("SELECT").literal(identities[i]->name).punct("::text AS column_name,")
        .keyword("pg_sequence_last_value(pg_get_serial_sequence(").literal(name_text(aside)).punct(",")
        .literal(identities[i]->name).punct(")::regclass) AS last_value");
  }
  return step(sql);
}

Step rename_aside(const QualifiedName& table, const std::string& aside) {
  return step(SqlBuilder().keyword("ALTER TABLE").qualified(table).keyword("RENAME TO").ident(aside));
}

/// CREATE TABLE without constraints (their indexes' names are still the aside copy's), the
/// copy of the shared columns, the sequences moved over, DROP of the aside copy, then the
/// constraints (built once over all the rows) and everything else a new table gets.
std::vector<Step> rebuild_steps(const schema::Table& table, const diff::TableRebuild& rebuild) {
  const QualifiedName aside{table.name.schema, rebuild.aside};
  schema::Table bare = table;
  bare.constraints.clear();
  // A copied identity column is created plain and made an identity after the aside copy,
  // whose sequence holds the name PostgreSQL gives it, is gone.
  std::vector<const schema::Column*> identities;
  for (auto& column : bare.columns)
    if (column.identity != schema::Identity::none && has(rebuild.other_columns, column.name)) {
      identities.push_back(&*std::find_if(table.columns.begin(), table.columns.end(),
                                          [&](const schema::Column& c) { return c.name == column.name; }));
      column.identity = schema::Identity::none;
      column.identity_options.clear();
      column.not_null = true;
    }
  std::vector<Step> steps{create_table_step(bare)};
  std::vector<std::string> copied;
  for (const auto& column : table.columns)
    if (!column.generated_expr && has(rebuild.other_columns, column.name)) copied.push_back(column.name);
  if (!copied.empty()) {
    SqlBuilder insert;
    insert.keyword("INSERT INTO").qualified(table.name).ident_list(copied).keyword("SELECT");
    for (std::size_t i = 0; i < copied.size(); ++i) {
      if (i > 0) insert.punct(",");
      auto conversion = rebuild.conversions.find(copied[i]);
      if (conversion != rebuild.conversions.end()) insert.raw(conversion->second);
      else insert.ident(copied[i]);
    }
    steps.push_back(step(insert.keyword("FROM").qualified(aside)));
  }
  if (!identities.empty()) steps.push_back(save_identity_positions(aside, identities));
  // DROP TABLE takes the sequences its columns own along: they move to the new columns.
  for (const auto& [sequence, column] : rebuild.owned_sequences)
    steps.push_back(step(SqlBuilder().keyword("ALTER SEQUENCE").qualified(sequence).keyword("OWNED BY")
                             .qualified(table.name).punct(".").punct(schema::quote_ident(column))));
  steps.push_back(step(SqlBuilder().keyword("DROP TABLE").qualified(aside)));
  for (const auto* column : identities) {
    steps.push_back(step(SqlBuilder().keyword("ALTER TABLE").qualified(table.name).keyword("ALTER COLUMN")
                             .ident(column->name).keyword("ADD").keyword(identity_clause(*column))));
    steps.push_back(step(SqlBuilder().keyword("SELECT setval(pg_get_serial_sequence(").literal(name_text(table.name))
                             .punct(",").literal(column->name).punct("), last_value) FROM").ident(k_identity_state)
                             .keyword("WHERE column_name =").literal(column->name)
                             .keyword("AND last_value IS NOT NULL")));
  }
  if (!identities.empty()) steps.push_back(step(SqlBuilder().keyword("DROP TABLE").ident(k_identity_state)));
  for (const auto& constraint : table.constraints)
    if (!constraint.not_valid) steps.push_back(add_constraint_step(table.name, constraint, false));
  for (auto& rest : after_create_table_steps(table)) steps.push_back(std::move(rest));
  return steps;
}

}  // namespace

Statement set_aside_statement(const schema::Table& old, const diff::TableRebuild& rebuild) {
  Statement statement;
  statement.summary = "rebuild table " + schema::display_name(old.name) + ": set the old copy aside";
  statement.up = {rename_aside(old.name, rebuild.aside)};
  statement.reverse = rebuild_steps(old, rebuild);
  statement.reverse_hazards = rebuild_hazards(old, rebuild.other_columns);
  statement.table = old.name;
  return statement;
}

Statement rebuild_statement(const schema::Table& table, const diff::TableRebuild& rebuild) {
  Statement statement;
  statement.summary = "rebuild table " + schema::display_name(table.name) + " in the desired column order";
  statement.up = rebuild_steps(table, rebuild);
  statement.reverse = {rename_aside(table.name, rebuild.aside)};
  statement.hazards = rebuild_hazards(table, rebuild.other_columns);
  statement.table = table.name;
  std::vector<std::string> lost;
  for (const auto& name : rebuild.other_columns)
    if (std::none_of(table.columns.begin(), table.columns.end(), [&](const schema::Column& c) { return c.name == name; }))
      lost.push_back(schema::quote_ident(name));
  if (!lost.empty()) {
    std::string list;
    for (const auto& name : lost) list += (list.empty() ? "" : ", ") + name;
    statement.reverse_note = "rebuilds " + schema::display_name(table.name) + " back with " + list + " empty";
  }
  return statement;
}

}  // namespace pgmorph::codegen
