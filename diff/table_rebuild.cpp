// Column order: which kept tables are rebuilt to reach the order the target declares.
//
// PostgreSQL has no way to move a column: ADD COLUMN appends, and a column the plan drops
// and adds again (a changed generation expression, say) lands at the end. pg_dump, and so
// every comparison of two databases, shows columns in attnum order, and `SELECT *` and
// `INSERT` without a column list depend on it. The only way to reach another order is to
// create the table anew and copy the rows over, which is what a rebuild does (TableRebuild).
#include "diff/table_rebuild.hpp"

#include "schema/inheritance.hpp"

#include <algorithm>

#include "diff/casts.hpp"
#include "diff/column_reads.hpp"
#include "schema/naming.hpp"

namespace pgmorph::diff {

namespace {

using schema::Table;

/// True when the plan drops and adds `now` again instead of altering it in place (the rules
/// diff_columns applies: PostgreSQL cannot change a generation expression in place, nor the
/// type of a column one reads; a type without a cast is drop + add when allowed).
bool dropped_and_added(const DiffContext& context, const schema::Column& before, const schema::Column& now,
                       const std::set<std::string>& retyped) {
  if (before.type != now.type && context.options.allow_drop_recreate && !now.using_expr.text &&
      explicit_cast(before.type, now.type, context.from, context.to) == CastVerdict::missing)
    return true;
  if (!now.generated_expr) return false;  // plain, or DROP EXPRESSION in place
  return before.generated_expr != now.generated_expr || context.calls_recreated_function(before.refs) ||
         (before.generated_expr && mentions_any(*before.generated_expr, retyped));
}

bool names_type(const std::vector<schema::ObjectRef>& refs, const QualifiedName& table) {
  return std::any_of(refs.begin(), refs.end(), [&](const schema::ObjectRef& ref) {
    return ref.kind == schema::RefKind::type && ref.name == table;
  });
}

/// A use of the table's row type outside the table: DROP TABLE of the aside table would fail
/// on it (and the row type changes with the column order).
std::optional<std::string> row_type_user(const schema::Catalog& catalog, const QualifiedName& table) {
  for (const auto& [key, function] : catalog.functions)
    if (names_type(function.refs, table)) return "function " + schema::display_name(key.name) + " uses its row type";
  for (const auto& [name, other] : catalog.tables)
    for (const auto& column : other.columns)
      if (names_type(column.refs, table))
        return "column " + schema::display_name(name) + "." + schema::quote_ident(column.name) + " uses its row type";
  for (const auto& [name, type] : catalog.composite_types)
    if (names_type(type.refs, table)) return "type " + schema::display_name(name) + " uses its row type";
  for (const auto& [name, domain] : catalog.domains)
    if (names_type(domain.refs, table)) return "domain " + schema::display_name(name) + " uses its row type";
  return std::nullopt;
}

std::vector<std::pair<QualifiedName, std::string>> owned_sequences(const schema::Catalog& catalog,
                                                                    const QualifiedName& table) {
  std::vector<std::pair<QualifiedName, std::string>> out;
  for (const auto& [name, sequence] : catalog.sequences)
    if (sequence.owned_by_table == table) out.emplace_back(name, sequence.owned_by_column);
  return out;
}

/// Why `old` cannot be rebuilt into `now`, or nullopt when it can.
std::optional<std::string> rebuild_obstacle(const DiffContext& context, const Table& old, const Table& now) {
  for (const Table* table : {&old, &now}) {
    if (!table->partition_key.empty() || table->partition_of) return std::string("it is partitioned or a partition");
    if (!table->replica_identity_index.empty()) return std::string("its REPLICA IDENTITY uses an index");
    if (!table->cluster_index.empty()) return std::string("it is CLUSTER ON an index");
  }
  // A parent's children stay attached to the copy renamed aside; a child's inherited
  // columns would come first in a new table whatever the declared order.
  if (schema::in_inheritance(context.from, old) || schema::in_inheritance(context.to, now))
    return std::string("it takes part in table inheritance (INHERITS)");
  for (const auto& column : now.columns)
    if (const schema::Column* before = schema::find_column(old.columns, column.name);
        before && (before->identity != column.identity || before->identity_options != column.identity_options))
      return "the identity of column " + schema::quote_ident(column.name) + " changes too";
  for (const Table* table : {&old, &now})
    for (const auto& column : table->columns)
      for (const auto& ref : column.refs)
        if (ref.kind == schema::RefKind::type && context.recreated_types.contains(ref.name))
          return "column " + schema::quote_ident(column.name) + " uses an enum the plan recreates";
  for (const auto& column : now.columns) {
    const schema::Column* before = schema::find_column(old.columns, column.name);
    if (!before || before->type == column.type) continue;
    // Both halves convert: the rebuild copies old values into the new type, and down.sql's
    // rebuild copies them back.
    const bool there = column.using_expr.text ||
                       explicit_cast(before->type, column.type, context.from, context.to) != CastVerdict::missing;
    const bool back = explicit_cast(column.type, before->type, context.to, context.from) != CastVerdict::missing;
    if (!there || !back)
      return "column " + schema::quote_ident(column.name) + " changes to a type it cannot be converted to and back";
  }
  // A sequence whose ownership moves between two columns of this table would have to be
  // detached before the old copy goes and attached after the new one exists: a cycle.
  // (Moves to or from another table are SetSequenceOwner changes on either side.)
  for (const auto& [sequence, column] : owned_sequences(context.from, old.name))
    for (const auto& [other, other_column] : owned_sequences(context.to, now.name))
      if (sequence == other && column != other_column)
        return "sequence " + schema::display_name(sequence) + " moves to another of its columns";
  for (const schema::Catalog* catalog : {&context.from, &context.to})
    if (auto user = row_type_user(*catalog, now.name)) return user;
  return std::nullopt;
}

std::string aside_name(const DiffContext& context, const QualifiedName& table) {
  return schema::choose_name(table.name, "", "pgmorph_old", [&](const std::string& name) {
    return context.relation_name_taken({table.schema, name});
  });
}

std::vector<schema::ObjectRef> refs_of(const Table& table) {
  std::vector<schema::ObjectRef> refs;
  for (const auto& column : table.columns) refs.insert(refs.end(), column.refs.begin(), column.refs.end());
  for (const auto& constraint : table.constraints) refs.insert(refs.end(), constraint.refs.begin(), constraint.refs.end());
  return refs;
}

/// Per column whose type differs: the value of `target`'s type, computed from `source`'s.
std::map<std::string, std::string> conversions(const Table& source, const Table& target, bool use_hints) {
  std::map<std::string, std::string> out;
  for (const auto& column : target.columns) {
    const schema::Column* before = schema::find_column(source.columns, column.name);
    if (!before || before->type == column.type) continue;
    out[column.name] = use_hints && column.using_expr.text
                           ? *column.using_expr.text
                           : "CAST(" + schema::quote_ident(column.name) + " AS " + column.type + ")";
  }
  return out;
}

}  // namespace

std::vector<std::string> column_names(const Table& table) {
  std::vector<std::string> names;
  for (const auto& column : table.columns) names.push_back(column.name);
  return names;
}

std::vector<std::string> column_order_in_place(const DiffContext& context, const Table& old, const Table& now) {
  std::set<std::string> retyped;
  for (const auto& column : now.columns)
    if (const schema::Column* before = schema::find_column(old.columns, column.name); before && before->type != column.type)
      retyped.insert(column.name);
  std::vector<std::string> reached;
  for (const auto& column : old.columns)
    if (const schema::Column* kept = schema::find_column(now.columns, column.name);
        kept && !dropped_and_added(context, column, *kept, retyped))
      reached.push_back(column.name);
  for (const auto& column : now.columns)
    if (std::find(reached.begin(), reached.end(), column.name) == reached.end()) reached.push_back(column.name);
  return reached;
}

void plan_table_rebuilds(DiffContext& context) {
  for (const auto& [name, old] : context.from.tables) {
    auto found = context.to.tables.find(name);
    if (found == context.to.tables.end()) continue;
    const Table& now = found->second;
    if (column_order_in_place(context, old, now) == column_names(now)) continue;
    if (!context.options.rebuild_for_column_order) {
      context.column_order_kept[name] = "--column-order append keeps the table in place";
    } else if (auto obstacle = rebuild_obstacle(context, old, now)) {
      context.column_order_kept[name] = "pgmorph does not rebuild it because " + *obstacle;
    } else {
      context.rebuilt_tables.insert(name);
    }
  }
}

std::pair<TableRebuild, TableRebuild> table_rebuild(const DiffContext& context, const Table& old, const Table& now) {
  // Sequences the same column owns on both sides move to the new table; the others are
  // detached before (or attached after) by SetSequenceOwner changes.
  std::vector<std::pair<QualifiedName, std::string>> kept_owned;
  const auto owned_after = owned_sequences(context.to, now.name);
  for (const auto& owned : owned_sequences(context.from, old.name))
    if (std::find(owned_after.begin(), owned_after.end(), owned) != owned_after.end()) kept_owned.push_back(owned);
  TableRebuild drop_half{aside_name(context, now.name), column_names(now), kept_owned,
                         conversions(now, old, false), refs_of(now)};
  TableRebuild create_half = drop_half;
  create_half.other_columns = column_names(old);
  create_half.conversions = conversions(old, now, true);
  create_half.aside_refs = refs_of(old);
  return {drop_half, create_half};
}

}  // namespace pgmorph::diff
