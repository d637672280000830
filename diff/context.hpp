// State shared by the family differs while one diff runs.
#pragma once

#include <map>
#include <set>
#include <string>

#include "diff/acl.hpp"
#include "diff/change.hpp"
#include "diff/diff.hpp"
#include "schema/diagnostic.hpp"
#include "schema/model.hpp"

namespace pgmorph::diff {

/// Both catalogs, the changes found so far, and the facts later families need to decide on
/// cascades (a view over a table whose columns change must be recreated, and so on).
struct DiffContext {
  const schema::Catalog& from;
  const schema::Catalog& to;
  schema::Diagnostics& diagnostics;
  DiffOptions options;
  ChangeSet changes;

  /// Relations (tables, views) whose column set or column types change, or that are
  /// dropped and recreated: views reading them are recreated.
  std::set<QualifiedName> reshaped_relations;
  /// Functions dropped and recreated: triggers and views using them are recreated.
  std::set<QualifiedName> recreated_functions;
  /// Enums recreated by the plan or by its reverse (AddEnumValues): views that name them
  /// are recreated.
  std::set<QualifiedName> recreated_types;
  /// Tables that exist only in `to` / only in `from`.
  std::set<QualifiedName> created_tables;
  std::set<QualifiedName> dropped_tables;
  /// Views (materialized ones carry indexes) created, dropped or recreated by this plan.
  std::set<QualifiedName> created_views;
  std::set<QualifiedName> dropped_views;
  /// Schemas extensions move out of and into (ALTER EXTENSION SET SCHEMA), "" resolved to
  /// public: a column of an extension type follows its type without a change of its own.
  std::set<std::pair<std::string, std::string>> extension_moves;
  /// Columns converted to a recreated enum type (by the plan or by its reverse), per table.
  std::map<QualifiedName, std::set<std::string>> enum_converted_columns;
  /// Kept columns this plan drops and adds again (a generated column recomputed, a type
  /// change with --allow-drop-recreate), per table: DROP COLUMN takes the constraints and
  /// indexes on them along, so those are dropped first and created again after.
  std::map<QualifiedName, std::set<std::string>> recreated_columns;
  /// Kept tables rebuilt to reach their column order (see TableRebuild); they are also in
  /// created_tables and dropped_tables, so everything on them is created again.
  std::set<QualifiedName> rebuilt_tables;
  /// Kept tables whose column order is not reached, with why they are not rebuilt.
  std::map<QualifiedName, std::string> column_order_kept;

  void add(Change change) { changes.push_back(std::move(change)); }
  /// True when one of `refs` names a function this plan drops and creates again: PostgreSQL
  /// will not drop it while the referring default, constraint or index exists, so that
  /// object is dropped before and created again after. (Recreated enums convert their
  /// columns, and ALTER COLUMN TYPE rebuilds what depends on them.)
  /// True when `new_type` is `old_type` with the schema an extension moves out of replaced by the one
  /// it moves into (`public.citext[]` -> `ext.citext[]`).
  bool moved_with_extension(const std::string& old_type, const std::string& new_type) const;
  bool calls_recreated_function(const std::vector<schema::ObjectRef>& refs) const;
  /// True when `expression` (a CHECK constraint, an index definition) names a column of
  /// `table` that a recreated enum converts: its literals would be of the renamed old type
  /// and stop comparing with the column, so it is dropped before and created again after.
  bool reads_converted_enum_column(const QualifiedName& table, const std::string& expression) const;
  /// True when `definition` names a column of `table` in recreated_columns.
  bool reads_recreated_column(const QualifiedName& table, const std::string& definition) const;
  void unsupported(std::string message);
  /// True when `name` is taken in its schema's relation namespace on either side (a table,
  /// index, view, sequence or type, or a key constraint, whose index has its name): a
  /// temporary name the plan picks must be free on both.
  bool relation_name_taken(const QualifiedName& name) const;
};

void diff_schemas(DiffContext& context);
void diff_extensions(DiffContext& context);
void diff_enums(DiffContext& context);
void diff_domains(DiffContext& context);
void diff_composite_types(DiffContext& context);
void diff_range_types(DiffContext& context);
void diff_collations(DiffContext& context);
void diff_sequences(DiffContext& context);
void diff_functions(DiffContext& context);
/// Kept functions with a SQL-standard body that reads relations; runs after diff_tables
/// (whether a relation is reshaped decides between replace and drop + create).
void diff_functions_reading_relations(DiffContext& context);
void diff_tables(DiffContext& context);
/// The partition key and PARTITION OF of a table on both sides: DETACH / ATTACH changes, or
/// an `unsupported-change` error (a changed key, plain <-> partitioned, a move to a parent
/// with other columns), then false: the table's other changes are not planned.
bool diff_partitioning(DiffContext& context, const schema::Table& old, const schema::Table& now);
void diff_indexes(DiffContext& context);
/// REPLICA IDENTITY and CLUSTER ON changes of kept tables; marks the CreateIndex / DropIndex
/// of an identity or clustered index on a created or dropped table. Runs after diff_tables and diff_indexes.
void diff_replica_identities(DiffContext& context);

/// CREATE / DROP / ALTER STATISTICS.
void diff_statistics(DiffContext& context);
void diff_views(DiffContext& context);
void diff_triggers(DiffContext& context);
void diff_policies(DiffContext& context);
/// Rewrite rules; runs after diff_views, diff_tables and diff_functions (a rule on a
/// recreated relation, or reading a changed column, is dropped and created again).
void diff_rules(DiffContext& context);

/// Adds ChangePrivileges and SetOwner (in that order) when the ACL or the owner of an object
/// present on both sides changed. Objects dropped and created again get theirs with the
/// create instead.
template <typename Object>
void diff_acl(DiffContext& context, const Object& old, const Object& now) {
  if (old.grants != now.grants)
    context.add(ChangePrivileges{acl_target(now), old.grants, now.grants, old.owner});
  if (old.owner != now.owner) context.add(SetOwner{acl_target(now), old.owner, now.owner});
}

/// Adds SetComment when the comment of an object present on both sides changed.
void diff_comment(DiffContext& context, CommentTarget target,
                  const std::optional<std::string>& from, const std::optional<std::string>& to);

}  // namespace pgmorph::diff
