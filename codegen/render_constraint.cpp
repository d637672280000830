// Constraints and indexes.
#include "codegen/probes.hpp"
#include "codegen/render_families.hpp"

namespace pgmorph::codegen {

namespace {

using diff::CommentKind;
using schema::Constraint;
using schema::ConstraintKind;
using schema::QualifiedName;

Step drop_constraint_step(const QualifiedName& table, const Constraint& constraint) {
  return step(SqlBuilder().keyword("ALTER TABLE").qualified(table).keyword("DROP CONSTRAINT")
                  .ident(constraint.name));
}

Step validate_step(const QualifiedName& table, const Constraint& constraint) {
  return step(SqlBuilder().keyword("ALTER TABLE").qualified(table).keyword("VALIDATE CONSTRAINT")
                  .ident(constraint.name),
              TxMode::own_transaction);
}

bool can_be_not_valid(const Constraint& constraint) {
  return constraint.kind == ConstraintKind::check || constraint.kind == ConstraintKind::foreign_key;
}

/// The steps that add a constraint to an existing table. CHECK and FOREIGN KEY constraints
/// are added NOT VALID and validated in a transaction of their own, so the long scan holds
/// only SHARE UPDATE EXCLUSIVE instead of blocking writes (safety.md L105/L106/L107).
std::vector<Step> add_to_existing(const QualifiedName& table, const Constraint& constraint,
                                  bool table_is_new) {
  std::vector<Step> steps;
  const bool split = !table_is_new && can_be_not_valid(constraint) && !constraint.not_valid;
  steps.push_back(add_constraint_step(table, constraint, constraint.not_valid || split));
  if (split) steps.push_back(validate_step(table, constraint));
  append_comment(steps, {CommentKind::constraint, table, constraint.name}, constraint.comment);
  return steps;
}

/// The parts of a `PRIMARY KEY (…)` / `UNIQUE [NULLS NOT DISTINCT] (…) [INCLUDE (…)]
/// [WITH (…)] [DEFERRABLE …]` definition, as a unique index and the USING INDEX clause
/// need them; nothing for a definition of any other shape.
struct KeyParts {
  std::string index_tail;       ///< `(a, b) INCLUDE (c) NULLS NOT DISTINCT WITH (…)`
  std::string constraint_tail;  ///< `DEFERRABLE INITIALLY DEFERRED` or ""
};

std::optional<KeyParts> split_key_definition(const Constraint& constraint) {
  std::string_view rest = constraint.definition;
  auto take = [&](std::string_view word) {
    if (!rest.starts_with(word)) return false;
    rest.remove_prefix(word.size());
    return true;
  };
  // A balanced `(…)` group at the front of `rest`, quotes respected.
  auto group = [&]() -> std::optional<std::string> {
    if (rest.empty() || rest[0] != '(') return std::nullopt;
    int depth = 0;
    char quote = 0;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      const char c = rest[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        std::string out(rest.substr(0, i + 1));
        rest.remove_prefix(i + 1);
        return out;
      }
    }
    return std::nullopt;
  };
  if (!take(constraint.kind == ConstraintKind::primary_key ? "PRIMARY KEY " : "UNIQUE ")) return std::nullopt;
  const bool nulls_not_distinct = take("NULLS NOT DISTINCT ");
  KeyParts parts;
  auto keys = group();
  if (!keys) return std::nullopt;
  parts.index_tail = *keys;
  if (take(" INCLUDE ")) {
    auto include = group();
    if (!include) return std::nullopt;
    parts.index_tail += " INCLUDE " + *include;
  }
  if (nulls_not_distinct) parts.index_tail += " NULLS NOT DISTINCT";
  if (take(" WITH ")) {
    auto with = group();
    if (!with) return std::nullopt;
    parts.index_tail += " WITH " + *with;
  }
  if (!rest.empty() && !take(" ")) return std::nullopt;
  for (std::string_view tail : {"DEFERRABLE INITIALLY DEFERRED", "DEFERRABLE", ""})
    if (rest == tail) {
      parts.constraint_tail = std::string(tail);
      return parts;
    }
  return std::nullopt;  // USING INDEX TABLESPACE and anything else: the plain path
}

/// PRIMARY KEY / UNIQUE without building the index under ACCESS EXCLUSIVE: the unique index
/// is built CONCURRENTLY under the constraint's name (writes go on), then the constraint
/// adopts it, which only needs a short lock (safety.md L109/L110).
std::optional<std::vector<Step>> add_key_online(const QualifiedName& table, const Constraint& constraint) {
  if (constraint.kind != ConstraintKind::primary_key && constraint.kind != ConstraintKind::unique) return std::nullopt;
  const auto parts = split_key_definition(constraint);
  if (!parts) return std::nullopt;
  std::vector<Step> steps;
  steps.push_back(step(SqlBuilder().keyword("CREATE UNIQUE INDEX CONCURRENTLY").ident(constraint.name).keyword("ON")
                           .qualified(table).raw(parts->index_tail),
                       TxMode::none));
  SqlBuilder adopt;
  adopt.keyword("ALTER TABLE").qualified(table).keyword("ADD CONSTRAINT").ident(constraint.name)
      .keyword(constraint.kind == ConstraintKind::primary_key ? "PRIMARY KEY" : "UNIQUE")
      .keyword("USING INDEX").ident(constraint.name);
  if (!parts->constraint_tail.empty()) adopt.keyword(parts->constraint_tail);
  steps.push_back(step(adopt));
  append_comment(steps, {CommentKind::constraint, table, constraint.name}, constraint.comment);
  return steps;
}

std::string display(const QualifiedName& table, const Constraint& constraint) {
  return constraint.name + " on " + schema::display_name(table);
}

}  // namespace

Step add_constraint_step(const QualifiedName& table, const Constraint& constraint, bool not_valid) {
  SqlBuilder sql;
  sql.keyword("ALTER TABLE").qualified(table).keyword("ADD CONSTRAINT").ident(constraint.name)
      .raw(constraint.definition);
  if (not_valid) sql.keyword("NOT VALID");
  return step(sql);
}

Statements render_change(const diff::AddConstraint& change) {
  Statement statement;
  statement.summary = "add constraint " + display(change.table, change.constraint);
  statement.up = add_to_existing(change.table, change.constraint, change.table_is_new || change.on_partitioned);
  statement.reverse = {drop_constraint_step(change.table, change.constraint)};
  if (!change.table_is_new) statement.table = change.table;
  if (!change.table_is_new) {
    switch (change.constraint.kind) {
      case ConstraintKind::primary_key:
      case ConstraintKind::unique: statement.probes = key_violations(change.table, change.constraint); break;
      case ConstraintKind::foreign_key: statement.probes = orphan_rows(change.table, change.constraint); break;
      case ConstraintKind::check: statement.probes = check_violations(change.table, change.constraint); break;
      case ConstraintKind::exclude: break;
    }
  }
  const auto online = change.online && !change.table_is_new ? add_key_online(change.table, change.constraint)
                                                           : std::nullopt;
  if (online) {
    statement.up = *online;
    statement.hazards.push_back({HazardCode::unique_data_dependent, display(change.table, change.constraint)});
  } else if (!change.table_is_new) {
    if (change.constraint.kind == ConstraintKind::primary_key ||
        change.constraint.kind == ConstraintKind::unique)
      statement.hazards.push_back({HazardCode::add_unique_or_pk, display(change.table, change.constraint)});
    if (change.constraint.kind == ConstraintKind::exclude)
      statement.hazards.push_back({HazardCode::add_exclusion, display(change.table, change.constraint)});
  }
  return {statement};
}

Statements render_change(const diff::DropConstraint& change) {
  Statement statement;
  statement.summary = "drop constraint " + display(change.table, change.old);
  statement.up = {drop_constraint_step(change.table, change.old)};
  statement.reverse = {add_constraint_step(change.table, change.old, change.old.not_valid)};
  append_comment(statement.reverse, {CommentKind::constraint, change.table, change.old.name},
                 change.old.comment);
  statement.hazards.push_back({HazardCode::drop_constraint, display(change.table, change.old)});
  statement.table = change.table;
  return {statement};
}

Statements render_change(const diff::ValidateConstraint& change) {
  // A validated constraint cannot be made NOT VALID again; the reverse recreates it.
  Statement statement;
  statement.summary = "validate constraint " + display(change.table, change.constraint);
  statement.up = {validate_step(change.table, change.constraint)};
  statement.reverse = {drop_constraint_step(change.table, change.constraint),
                       add_constraint_step(change.table, change.constraint, true)};
  return {statement};
}

std::vector<Step> create_index_steps(const schema::Index& index, bool concurrently) {
  SqlBuilder sql;
  sql.keyword(index.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX");
  if (concurrently) sql.keyword("CONCURRENTLY");
  sql.ident(index.name.name).keyword("ON").raw(index.definition);
  std::vector<Step> steps{step(sql, concurrently ? TxMode::none : TxMode::transaction)};
  append_comment(steps, {CommentKind::index, index.name, ""}, index.comment);
  return steps;
}

namespace {

Step drop_index_step(const schema::Index& index, bool concurrently) {
  SqlBuilder sql;
  sql.keyword("DROP INDEX");
  if (concurrently) sql.keyword("CONCURRENTLY");
  sql.qualified(index.name);
  return step(sql, concurrently ? TxMode::none : TxMode::transaction);
}

}  // namespace

// Indexes on existing tables are built and dropped CONCURRENTLY, outside a transaction,
// so writes continue during the build (safety.md L101/L102). Not on a partitioned table:
// PostgreSQL refuses CONCURRENTLY there (the online route would be CREATE INDEX ON ONLY,
// a concurrent build per partition and ALTER INDEX ... ATTACH PARTITION, not planned yet).
Statements render_change(const diff::CreateIndex& change) {
  const bool concurrently = !change.table_is_new && !change.on_partitioned;
  Statement statement;
  statement.summary = "create index " + schema::display_name(change.index.name);
  statement.up = create_index_steps(change.index, concurrently);
  if (!change.table_is_new) statement.table = change.index.table;
  statement.reverse = {drop_index_step(change.index, concurrently)};
  if (change.cluster) statement.up.push_back(cluster_step(change.index.table, change.index.name.name));
  if (change.replica_identity)
    statement.up.push_back(replica_identity_step(change.index.table, schema::ReplicaIdentity::index,
                                                 change.index.name.name));
  if (change.index.unique && !change.table_is_new) {
    statement.hazards.push_back({HazardCode::unique_data_dependent, schema::display_name(change.index.name)});
    statement.probes = unique_index_violations(change.index);
  }
  if (!change.table_is_new)
    statement.reverse_hazards.push_back({HazardCode::drop_index, schema::display_name(change.index.name)});
  return {statement};
}

// Build, drop, rename: the old index serves queries until the new one is valid. A failed
// concurrent build leaves an INVALID index under the building name, which the rerun of the
// script would trip over; the name says what it is.
Statements render_change(const diff::ReplaceIndex& change) {
  auto swap_steps = [&](const schema::Index& build, const schema::Index& drop) {
    schema::Index building = build;
    building.name.name = change.building_name;
    std::vector<Step> steps = create_index_steps(building, true);
    steps.push_back(drop_index_step(drop, true));
    SqlBuilder rename;
    rename.keyword("ALTER INDEX").qualified(building.name).keyword("RENAME TO").ident(build.name.name);
    steps.push_back(step(rename, TxMode::transaction));
    return steps;
  };
  Statement statement;
  statement.summary = "replace index " + schema::display_name(change.now.name) + " (build the new one, then drop the old)";
  statement.up = swap_steps(change.now, change.old);
  statement.table = change.now.table;
  statement.reverse = swap_steps(change.old, change.now);
  return {statement};
}

Statements render_change(const diff::DropIndex& change) {
  const bool concurrently = !change.table_is_dropped && !change.on_partitioned;
  Statement statement;
  statement.summary = "drop index " + schema::display_name(change.old.name);
  statement.up = {drop_index_step(change.old, concurrently)};
  statement.reverse = create_index_steps(change.old, concurrently);
  if (change.cluster) statement.reverse.push_back(cluster_step(change.old.table, change.old.name.name));
  if (change.replica_identity)
    statement.reverse.push_back(replica_identity_step(change.old.table, schema::ReplicaIdentity::index,
                                                      change.old.name.name));
  if (!change.table_is_dropped)
    statement.hazards.push_back({HazardCode::drop_index, schema::display_name(change.old.name)});
  if (!change.table_is_dropped) statement.table = change.old.table;
  return {statement};
}

}  // namespace pgmorph::codegen
